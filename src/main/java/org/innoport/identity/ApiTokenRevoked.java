package org.innoport.identity;

import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A user revoked one of their API tokens; it stops working at once. */
public record ApiTokenRevoked(UserId userId, String username, UUID tokenId, String name, Instant revokedAt)
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
        return "user.api-token-revoked";
    }

    @Override
    public Object before() {
        return AuditState.of("tokenId", tokenId, "name", name, "revokedAt", null);
    }

    @Override
    public Object after() {
        return AuditState.of("tokenId", tokenId, "name", name, "revokedAt", revokedAt);
    }
}
