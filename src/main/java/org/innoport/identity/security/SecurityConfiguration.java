package org.innoport.identity.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.innoport.platform.PublicPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL. Pages use form login with a session and CSRF; the JSON API also accepts
 * {@code Authorization: Bearer} tokens, for which CSRF does not apply. Record-level rules live in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String TOKEN_ENDPOINT = "/api/v1/auth/tokens";

    static final RequestMatcher API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/");
    static final RequestMatcher BEARER = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };
    /** Bearer calls to the API: authenticated by the token alone, so no CSRF token is needed (or possible). */
    private static final RequestMatcher API_WITH_BEARER = request -> API.matches(request) && BEARER.matches(request);
    /** Obtaining a token: the caller has no session and proves itself with username and password in the body. */
    private static final RequestMatcher TOKEN_REQUEST = request -> "POST".equals(request.getMethod())
            && (request.getContextPath() + TOKEN_ENDPOINT).equals(request.getRequestURI());
    /** 401 through the error dispatch, which renders problem+json for /api/**. */
    private static final AuthenticationEntryPoint API_ENTRY_POINT = (request, response, e) ->
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);

    /** Web only: the {@code admin} CLI command runs the application without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager passwords,
                                            ApiTokenAuthenticator apiTokens, List<PublicPages> publicPages,
                                            @Value("${innoport.security.hsts:false}") boolean hsts) throws Exception {
        http
            .authenticationManager(passwords)
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/", "/login", "/error", "/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
                        "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers(HttpMethod.POST, TOKEN_ENDPOINT).permitAll()
                .requestMatchers("/admin/**", "/api/v1/users/**", "/api/v1/audit/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, publicPages.stream().flatMap(pages -> pages.patterns().stream())
                        .toArray(String[]::new)).permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(new BearerTokenFilter(apiTokens, API_ENTRY_POINT), UsernamePasswordAuthenticationFilter.class)
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_BEARER, TOKEN_REQUEST))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(API_ENTRY_POINT, API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
            .headers(headers -> {
                headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
                headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
                headers.frameOptions(frame -> frame.deny());
                if (hsts) {
                    headers.httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
                } else {
                    headers.httpStrictTransportSecurity(h -> h.disable());
                }
            });
        return http.build();
    }

    /**
     * Username and password, for the login form and the token endpoint alike; publishes the success and failure
     * events that {@link SignInThrottle} counts.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder encoder,
                                                AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(passwords);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * No Spring Security observations: they wrap every filter of the chain, the authorization and the authentication
     * in an observation of their own on every request (about a twentieth of the server's CPU under the bid benchmark)
     * and feed no documented metric. Requests are still observed once each ({@code http_server_requests_seconds}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
