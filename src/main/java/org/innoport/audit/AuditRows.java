package org.innoport.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads {@code audit.entries} rows into {@link AuditEntry}; shared by the ledger and the search. */
final class AuditRows {

    static final String COLUMNS = "id, occurred_at, actor, aggregate_type, aggregate_id, action, before_json, "
            + "after_json, request_ip, request_id, previous_hash, hash";

    private AuditRows() {
    }

    static AuditEntry map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                rs.getString("action"), rs.getString("before_json"), rs.getString("after_json"),
                rs.getString("request_ip"), rs.getString("request_id"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
