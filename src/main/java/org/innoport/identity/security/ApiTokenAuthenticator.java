package org.innoport.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.innoport.identity.domain.ApiToken;
import org.innoport.identity.domain.ApiTokenRepository;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an API token that exists (by its hash), is neither expired nor revoked, and belongs to an active user. The
 * owner's roles are read on every request, so a role change or a deactivation applies to the next call. A sign-in
 * lock (wrong passwords) does not stop tokens issued before it: the lock guards the password, not the account.
 */
@Component
class ApiTokenAuthenticator {

    /** How precisely "last used" is kept; finer would mean a write on every API call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The request's authentication for a presented token. Not an {@code AuthenticationProvider} bean on purpose: Spring
     * Security would make such a bean the global one and take it for password sign-in.
     *
     * @throws AuthenticationException when the token is not accepted
     */
    @Transactional
    public Authentication authenticate(String presented) {
        Instant now = clock.instant();
        if (presented == null || presented.isBlank()) {
            throw new BadCredentialsException("Empty API token");
        }
        ApiToken token = tokens.findByTokenHash(ApiToken.hash(presented.strip()))
                .filter(candidate -> candidate.isUsable(now))
                .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
        User owner = users.findById(token.userId())
                .filter(User::enabled)
                .orElseThrow(() -> new DisabledException("The token's owner is deactivated"));
        tokens.recordUse(token.id(), now, now.minus(LAST_USED_RESOLUTION));
        return ApiTokenAuthentication.authenticated(AccountUserDetailsService.details(owner, now), token.id());
    }
}
