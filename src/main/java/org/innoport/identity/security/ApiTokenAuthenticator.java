package org.innoport.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.innoport.identity.domain.ApiToken;
import org.innoport.identity.domain.ApiTokenRepository;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.innoport.identity.AccountLocked;
import org.innoport.identity.ApiTokenRevoked;
import org.innoport.identity.PasswordChanged;
import org.innoport.identity.UserActivated;
import org.innoport.identity.UserDeactivated;
import org.innoport.identity.UserRolesChanged;
import org.innoport.identity.UserUnlocked;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts an API token that exists (by its hash), is neither expired nor revoked, and belongs to an active user. A
 * sign-in lock (wrong passwords) does not stop tokens issued before it: the lock guards the password, not the account.
 *
 * <p>An accepted token is remembered for {@link #RECHECK} so that API calls do not read the token, its owner and
 * write "last used" on every request. Any committed change to a user or a token of this instance (revocation,
 * deactivation, roles, password, …) forgets every remembered token at once, so it applies to the next call; a change
 * made by another instance of a cluster applies within {@link #RECHECK}. Expiry is checked on every call.
 */
@Component
class ApiTokenAuthenticator {

    /** How precisely "last used" is kept; finer would mean a write on every API call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    /** How long an accepted token is trusted without reading the database again. */
    static final Duration RECHECK = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Accepted(UUID tokenId, UserDetails owner, UUID organisationId, Instant expiresAt, Instant checkedAt) {
    }

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserRepository users, Clock clock,
                          PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The request's authentication for a presented token. Not an {@code AuthenticationProvider} bean on purpose: Spring
     * Security would make such a bean the global one and take it for password sign-in.
     *
     * @throws AuthenticationException when the token is not accepted
     */
    public Authentication authenticate(String presented) {
        Instant now = clock.instant();
        if (presented == null || presented.isBlank()) {
            throw new BadCredentialsException("Empty API token");
        }
        String hash = ApiToken.hash(presented.strip());
        Accepted known = accepted.get(hash);
        if (known == null || !known.expiresAt().isAfter(now) || !known.checkedAt().plus(RECHECK).isAfter(now)) {
            known = check(hash, now);
        }
        return ApiTokenAuthentication.authenticated(known.owner(), known.tokenId(), known.organisationId());
    }

    private Accepted check(String hash, Instant now) {
        long seen = generation.get();
        Accepted checked = transactions.execute(status -> {
            ApiToken token = tokens.findByTokenHash(hash)
                    .filter(candidate -> candidate.isUsable(now))
                    .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
            User owner = users.findById(token.userId())
                    .filter(User::enabled)
                    .orElseThrow(() -> new DisabledException("The token's owner is deactivated"));
            tokens.recordUse(token.id(), now, now.minus(LAST_USED_RESOLUTION));
            return new Accepted(token.id(), AccountUserDetailsService.details(owner, now), owner.organisationId(),
                    token.expiresAt(), now);
        });
        if (accepted.size() >= MAX_REMEMBERED) {
            accepted.clear();
        }
        // a change committed while this check ran may not be in what it read: do not remember it then
        if (generation.get() == seen) {
            accepted.put(hash, checked);
        }
        return checked;
    }

    /**
     * Forgets every accepted token when a user or a token changes: at once, and again after the change commits (a
     * check running meanwhile could otherwise remember what the change replaces).
     */
    @EventListener({ApiTokenRevoked.class, UserDeactivated.class, UserActivated.class, UserRolesChanged.class,
            PasswordChanged.class, AccountLocked.class, UserUnlocked.class})
    void userChanged() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        accepted.clear();
    }
}
