package org.innoport.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page of the shell needs: instance, user, navigation, language, CSRF token, flash messages.
 * Added to every model as {@code ui}; templates read labels through {@link #t(String, Object...)}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final String instanceName;
    private final String username;
    private final Set<String> roles;
    private final List<NavLink> navigation;
    private final CsrfToken csrf;
    private final String currentPath;
    private final String currentQuery;
    private final List<Flash> flashes;

    PageContext(MessageSource messages, Locale locale, String instanceName, String username, Set<String> roles,
                List<NavLink> navigation, CsrfToken csrf, String currentPath, String currentQuery, List<Flash> flashes) {
        this.messages = messages;
        this.locale = locale;
        this.instanceName = instanceName;
        this.username = username;
        this.roles = roles;
        this.navigation = navigation;
        this.csrf = csrf;
        this.currentPath = currentPath;
        this.currentQuery = currentQuery;
        this.flashes = flashes;
    }

    /** A label in the user's language; a missing key shows as {@code ??key??} so it is caught by tests. */
    public String t(String key, Object... args) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return "??" + key + "??";
        }
    }

    /** A validation or domain message (field error, global error) in the user's language. */
    public String message(org.springframework.context.MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale);
    }

    public String language() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public String instanceName() {
        return instanceName;
    }

    public boolean signedIn() {
        return username != null;
    }

    public String username() {
        return username;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public List<NavLink> navigation() {
        return navigation;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public List<Flash> flashes() {
        return flashes;
    }

    /** The current page in another language, keeping its query. */
    public String languageLink(String language) {
        String query = currentQuery == null ? "" : currentQuery.replaceAll("(^|&)lang=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        return currentPath + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }

    public boolean isCurrent(String href) {
        return href.equals(currentPath) || (!"/".equals(href) && currentPath.startsWith(href + "/"));
    }

    /** A navigation entry as shown. */
    public record NavLink(String label, String href) {
    }

    /** A one-time message after a redirect; level is a Bootstrap alert type (success, info, warning, danger). */
    public record Flash(String level, String message) {
    }
}
