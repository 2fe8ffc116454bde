package org.innoport.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes audit rows behind the application's back, as a DBA with direct SQL access could: disables the append-only
 * trigger, edits or deletes rows, and on {@link #close()} puts every row back as it was and re-enables the trigger, so
 * the chain is valid again for the other tests sharing the database. Always use it in try-with-resources.
 */
public final class TamperedTrail implements AutoCloseable {

    private static final Set<String> COLUMNS = Set.of("actor", "aggregate_type", "aggregate_id", "action",
            "before_json", "after_json", "request_ip", "request_id");

    private final JdbcClient jdbc;
    private final List<Runnable> repairs = new ArrayList<>();

    public TamperedTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("alter table audit.entries disable trigger entries_append_only").update();
    }

    public void set(long id, String column, String value) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        String original = jdbc.sql("select " + column + " from audit.entries where id = ?").param(id)
                .query(String.class).single();
        jdbc.sql("update audit.entries set " + column + " = ? where id = ?").param(value).param(id).update();
        repairs.addFirst(() -> jdbc.sql("update audit.entries set " + column + " = ? where id = ?")
                .param(original).param(id).update());
    }

    public void delete(AuditEntry row) {
        jdbc.sql("delete from audit.entries where id = ?").param(row.id()).update();
        repairs.addFirst(() -> jdbc.sql("""
                insert into audit.entries (id, occurred_at, actor, aggregate_type, aggregate_id, action, before_json,
                                           after_json, request_ip, request_id, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(row.id(), OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC), row.actor(),
                row.aggregateType(), row.aggregateId(), row.action(), row.beforeJson(), row.afterJson(),
                row.requestIp(), row.requestId(), row.previousHash(), row.hash()).update());
    }

    @Override
    public void close() {
        try {
            repairs.forEach(Runnable::run);
        } finally {
            jdbc.sql("alter table audit.entries enable trigger entries_append_only").update();
        }
    }
}
