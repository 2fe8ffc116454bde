package org.innoport.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.innoport.audit.AuditEntry;

/**
 * The hashed content of an audit row, and the one definition of how it is hashed.
 *
 * <p>The canonical form is a header line followed by one line per field in a fixed order, each written as
 * {@code name=<length>:<value>} where length is the value's size in UTF-8 bytes, or {@code name=~} for null. The
 * length prefix makes the form unambiguous (no separator or escaping tricks can make two different rows serialise
 * alike) and lets any other language recompute it. The timestamp is written in UTC with exactly six fraction digits;
 * it is truncated to microseconds first because that is what PostgreSQL keeps.
 *
 * <p>hash = lowercase hex SHA-256 of the UTF-8 bytes of the canonical form, which ends with the previous row's hash.
 */
public record EntryContent(
        Instant occurredAt,
        String actor,
        String aggregateType,
        String aggregateId,
        String action,
        String beforeJson,
        String afterJson,
        String requestIp,
        String requestId) {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    static final String HEADER = "innoport-audit-v1";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public EntryContent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(action, "action");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    public static EntryContent of(AuditEntry entry) {
        return new EntryContent(entry.occurredAt(), entry.actor(), entry.aggregateType(), entry.aggregateId(),
                entry.action(), entry.beforeJson(), entry.afterJson(), entry.requestIp(), entry.requestId());
    }

    /** The exact text that is hashed for the row with this {@code id} following a row hashed {@code previousHash}. */
    public String canonicalForm(long id, String previousHash) {
        StringBuilder out = new StringBuilder(256).append(HEADER).append('\n');
        field(out, "id", Long.toString(id));
        field(out, "occurred_at", TIMESTAMP.format(occurredAt));
        field(out, "actor", actor);
        field(out, "aggregate_type", aggregateType);
        field(out, "aggregate_id", aggregateId);
        field(out, "action", action);
        field(out, "before_json", beforeJson);
        field(out, "after_json", afterJson);
        field(out, "request_ip", requestIp);
        field(out, "request_id", requestId);
        field(out, "previous_hash", Objects.requireNonNull(previousHash, "previousHash"));
        return out.toString();
    }

    /** Lowercase hex SHA-256 of {@link #canonicalForm(long, String)}. */
    public String hash(long id, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm(id, previousHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('~');
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        out.append('\n');
    }
}
