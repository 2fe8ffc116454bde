package org.innoport.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests that carry {@code Authorization: Bearer <token>}. The authentication lives
 * for this request only (no session). A token that is not accepted ends the request with 401, even if a session
 * cookie came along: a client that sends a token means that token.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenAuthenticator tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenAuthenticator tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfiguration.API.matches(request) || !SecurityConfiguration.BEARER.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        try {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(tokens.authenticate(token));
            contexts.setContext(context);
        } catch (AuthenticationException e) {
            contexts.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            entryPoint.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }
}
