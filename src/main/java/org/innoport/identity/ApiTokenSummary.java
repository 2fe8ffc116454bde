package org.innoport.identity;

import java.time.Instant;
import java.util.UUID;

/** An API token as its owner sees it: never the secret. */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                              Instant revokedAt, Status status) {

    /** Whether the token still works. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }
}
