package org.innoport.identity;

import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A user obtained an API token. Recorded on the user; the secret is never part of the event. */
public record ApiTokenIssued(UserId userId, String username, UUID tokenId, String name, Instant expiresAt)
        implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "User";
    }

    @Override
    public String aggregateId() {
        return userId.toString();
    }

    @Override
    public String action() {
        return "user.api-token-issued";
    }

    @Override
    public Object after() {
        return AuditState.of("tokenId", tokenId, "name", name, "expiresAt", expiresAt);
    }
}
