package org.innoport.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A bearer token for the JSON API. Only the SHA-256 of the secret is stored, so a database leak does not leak usable
 * tokens; the secret is shown to its owner once, when issued. It carries no rights of its own: requests made with it
 * get the owner's current roles.
 */
@Entity
@Table(name = "api_tokens", schema = "identity")
public class ApiToken {

    /** Recognisable by secret scanners; the rest is 32 random bytes, URL-safe Base64 without padding. */
    public static final String PREFIX = "ipt_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    private UUID userId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    /** Null until first stored, which is how Spring Data tells a new aggregate (its id is assigned up front). */
    @Version
    private Long version;

    protected ApiToken() {
    }

    private ApiToken(UUID userId, String name, String tokenHash, Instant now, Duration lifetime) {
        this.id = UUID.randomUUID();
        this.userId = Objects.requireNonNull(userId);
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** A new token and its secret; the caller hands the secret to the owner and keeps only the entity. */
    public static Issued issue(UUID userId, String name, Instant now, Duration lifetime) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(userId, name, hash(token), now, lifetime), token);
    }

    /** The stored form of a token: lowercase hex SHA-256 of its UTF-8 bytes. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /**
     * Stops the token from working. Revoking twice is harmless.
     *
     * @return whether this call revoked it
     */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** A freshly issued token with its secret, which exists nowhere else. */
    public record Issued(ApiToken token, String secret) {

        @Override
        public String toString() {
            return "Issued[token=" + token.id() + ", secret=****]";
        }
    }
}
