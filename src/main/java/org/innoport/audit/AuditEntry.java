package org.innoport.audit;

import java.time.Instant;

/**
 * One row of the audit trail, exactly as stored. {@code beforeJson}/{@code afterJson} are the stored JSON text (the
 * bytes that were hashed), so a client can recompute {@code hash} itself.
 *
 * @param actor the username, {@code system} outside a signed-in request, or {@code anonymous} for a public visitor
 * @param previousHash the hash of the row before this one ({@code 0} x 64 for the first row)
 * @param hash hex SHA-256 over this row's content and {@code previousHash}
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String aggregateType,
        String aggregateId,
        String action,
        String beforeJson,
        String afterJson,
        String requestIp,
        String requestId,
        String previousHash,
        String hash) {
}
