package org.innoport.identity.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
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

    private static final RequestMatcher API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/");
    private static final RequestMatcher BEARER = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, @Value("${innoport.security.hsts:false}") boolean hsts)
            throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) ->
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        http
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/", "/login", "/error", "/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
                        "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/api/v1/auth/tokens").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/organisations", "/organisations/**", "/labs",
                        "/labs/**", "/search", "/api/v1/organisations", "/api/v1/organisations/**", "/api/v1/labs",
                        "/api/v1/labs/**", "/api/v1/search", "/api/v1/classifications").permitAll()
                .requestMatchers("/admin/**", "/api/v1/users/**", "/api/v1/audit/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(BEARER, request -> API.matches(request)
                    && "/api/v1/auth/tokens".equals(request.getRequestURI().substring(request.getContextPath().length()))
                    && "POST".equals(request.getMethod())))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(apiEntryPoint, API)
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
