package org.innoport.identity.security;

import java.time.Clock;
import org.innoport.identity.IdentityProperties;
import org.innoport.identity.domain.UserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after too many wrong passwords in a row (5 for 15 minutes by default), whether they came through
 * the login form or the token endpoint.
 */
@Component
class SignInThrottle {

    private final UserRepository users;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInThrottle(UserRepository users, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user ->
                user.recordFailedSignIn(properties.maxFailedAttempts(), properties.lockDuration(), clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).filter(user -> user.failedAttempts() > 0)
                .ifPresent(user -> user.recordSuccessfulSignIn());
    }
}
