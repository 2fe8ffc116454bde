package org.innoport.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A token just issued: {@code token} is the secret the client sends as {@code Authorization: Bearer <token>}. It is
 * shown this once; only its hash is stored.
 */
public record IssuedApiToken(UUID id, String name, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedApiToken[id=" + id + ", name=" + name + ", token=****, expiresAt=" + expiresAt + "]";
    }
}
