package org.innoport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.innoport.platform.FlashMessage;
import org.innoport.platform.InstanceProperties;
import org.innoport.platform.NavigationItem;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts the shell's {@link PageContext} into every HTML model as {@code ui}. A handler that writes its return value
 * as the response body (the JSON API, server-sent events) renders no page, so it gets no {@code ui} (null): building
 * one (navigation, messages, flash) on every API call was a few percent of the server's CPU under the bid benchmark.
 */
@ControllerAdvice
class PageModelAdvice {

    private final MessageSource messages;
    private final InstanceProperties instance;
    private final List<NavigationItem> navigation;

    PageModelAdvice(MessageSource messages, InstanceProperties instance, List<NavigationItem> navigation) {
        this.messages = messages;
        this.instance = instance;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("ui")
    PageContext ui(HttpServletRequest request, Locale locale) {
        return writesBody(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)) ? null
                : create(request, locale);
    }

    private static boolean writesBody(Object handler) {
        return handler instanceof HandlerMethod method && (method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
    }

    PageContext create(HttpServletRequest request, Locale locale) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Set<String> roles = signedIn
                ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet())
                : Set.of();
        List<PageContext.NavLink> links = navigation.stream()
                .filter(item -> item.visibleTo(roles, signedIn))
                .map(item -> new PageContext.NavLink(messages.getMessage(item.messageKey(), null, locale), item.href()))
                .toList();
        var flashMap = RequestContextUtils.getInputFlashMap(request);
        List<PageContext.Flash> flashes = flashMap != null && flashMap.get(FlashMessage.ATTRIBUTE) instanceof FlashMessage f
                ? List.of(new PageContext.Flash(f.level(), messages.getMessage(f.messageKey(), f.args(), locale)))
                : List.of();
        return new PageContext(messages, locale, instance.name(), signedIn ? authentication.getName() : null, roles,
                links, (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString(), flashes);
    }
}
