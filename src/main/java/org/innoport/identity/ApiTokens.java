package org.innoport.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.innoport.identity.domain.ApiToken;
import org.innoport.identity.domain.ApiTokenRepository;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.innoport.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: issued for a username and password, listed and revoked by their owner. A token is only a key to the
 * owner's account; what a request may do is decided by the owner's roles at the time of the request.
 */
@Service
public class ApiTokens {

    static final String DEFAULT_NAME = "API";

    private final AuthenticationManager authentication;
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(AuthenticationManager authentication, UserRepository users, ApiTokenRepository tokens,
              IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.authentication = authentication;
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the credentials exactly as the login form does (a wrong password counts towards the lock, a locked or
     * deactivated account is refused) and issues a token.
     *
     * @throws AuthenticationException when the credentials are not accepted
     */
    @Transactional
    public IssuedApiToken issue(String username, String password, String name) {
        var authenticated = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username == null ? "" : username.strip(), password));
        User user = users.findByUsername(authenticated.getName()).orElseThrow();
        String tokenName = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        ApiToken.Issued issued = ApiToken.issue(user.id(), tokenName, now(), properties.tokenLifetime());
        ApiToken token = tokens.save(issued.token());
        events.publishEvent(new ApiTokenIssued(UserId.of(user.id()), user.username(), token.id(), token.name(),
                token.expiresAt()));
        return new IssuedApiToken(token.id(), token.name(), issued.secret(), token.expiresAt());
    }

    /** The user's own tokens, newest first. */
    @Transactional(readOnly = true)
    public Page<ApiTokenSummary> ofUser(String username, Pageable pageable) {
        User user = owner(username);
        Instant now = now();
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        return tokens.findByUserId(user.id(), newestFirst).map(token -> summary(token, now));
    }

    /** Revokes one of the user's own tokens; another user's token is "not found", whether it exists or not. */
    @Transactional
    public void revoke(String username, UUID tokenId) {
        User user = owner(username);
        ApiToken token = tokens.findByIdAndUserId(tokenId, user.id())
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        Instant now = now();
        if (token.revoke(now)) {
            tokens.save(token);
            events.publishEvent(new ApiTokenRevoked(UserId.of(user.id()), user.username(), token.id(), token.name(),
                    now));
        }
    }

    private User owner(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    private static ApiTokenSummary summary(ApiToken token, Instant now) {
        ApiTokenSummary.Status status = token.revokedAt() != null ? ApiTokenSummary.Status.REVOKED
                : token.isUsable(now) ? ApiTokenSummary.Status.ACTIVE : ApiTokenSummary.Status.EXPIRED;
        return new ApiTokenSummary(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                token.revokedAt(), status);
    }

    /** Microseconds, as PostgreSQL stores them, so what we return equals what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
