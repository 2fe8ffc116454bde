package org.innoport.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.innoport.audit.chain.EntryContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends rows to the chain and reads it back in chain order. The table is append-only (a trigger refuses UPDATE,
 * DELETE and TRUNCATE).
 */
@Repository
class AuditLedger {

    /** Key of the transaction-scoped advisory lock that serialises appends (arbitrary, unique to the audit trail). */
    static final long APPEND_LOCK = 0x4155_4449_5400L;
    static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    AuditLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one row inside the caller's transaction. The advisory lock is held until that transaction ends, so
     * appends happen one after another: each reads the committed last row, takes the next id and links to it, and a
     * rolled-back append leaves no trace in the chain. Callers must use READ COMMITTED (the default) so the last row
     * is read after the lock is granted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    AuditEntry append(EntryContent content) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().listOfRows();
        String previousHash = jdbc.sql("select hash from audit.entries order by id desc limit 1")
                .query(String.class).optional().orElse(EntryContent.GENESIS);
        long id = jdbc.sql("select nextval('audit.entries_id_seq')").query(Long.class).single();
        String hash = content.hash(id, previousHash);
        jdbc.sql("""
                insert into audit.entries (id, occurred_at, actor, aggregate_type, aggregate_id, action, before_json,
                                           after_json, request_ip, request_id, previous_hash, hash)
                values (:id, :occurredAt, :actor, :aggregateType, :aggregateId, :action, :beforeJson,
                        :afterJson, :requestIp, :requestId, :previousHash, :hash)
                """)
                .param("id", id)
                .param("occurredAt", OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC))
                .param("actor", content.actor())
                .param("aggregateType", content.aggregateType())
                .param("aggregateId", content.aggregateId())
                .param("action", content.action())
                .param("beforeJson", content.beforeJson())
                .param("afterJson", content.afterJson())
                .param("requestIp", content.requestIp())
                .param("requestId", content.requestId())
                .param("previousHash", previousHash)
                .param("hash", hash)
                .update();
        return new AuditEntry(id, content.occurredAt(), content.actor(), content.aggregateType(), content.aggregateId(),
                content.action(), content.beforeJson(), content.afterJson(), content.requestIp(), content.requestId(),
                previousHash, hash);
    }

    /**
     * Hands every row to {@code sink} in chain order, a batch at a time (keyset pagination on the primary key), so
     * memory stays constant for any number of rows. Rows appended meanwhile are included: appends commit in id order.
     */
    void walk(Consumer<AuditEntry> sink) {
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = jdbc.sql("select " + AuditRows.COLUMNS + " from audit.entries where id > ? order by id limit ?")
                    .param(after).param(BATCH).query(AuditRows::map).list();
            batch.forEach(sink);
            after = batch.isEmpty() ? after : batch.getLast().id();
        } while (batch.size() == BATCH);
    }
}
