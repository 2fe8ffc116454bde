package org.innoport.identity.security;

import java.time.Clock;
import java.time.Instant;
import org.innoport.identity.AccountLocked;
import org.innoport.identity.IdentityProperties;
import org.innoport.identity.UserId;
import org.innoport.identity.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after too many wrong passwords in a row (5 for 15 minutes by default), whether they came through
 * the login form or the token endpoint. Runs in its own transaction so the count survives the failed request.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final UserRepository users;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(UserRepository users, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        users.findByUsernameForUpdate(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.recordFailedSignIn(properties.maxFailedAttempts(), properties.lockDuration(), now)) {
                log.warn("Account '{}' locked until {} after {} failed sign-ins", user.username(), user.lockedUntil(),
                        user.failedAttempts());
                events.publishEvent(new AccountLocked(UserId.of(user.id()), user.username(), user.failedAttempts(),
                        user.lockedUntil()));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).filter(user -> user.failedAttempts() > 0)
                .ifPresent(user -> user.recordSuccessfulSignIn());
    }
}
