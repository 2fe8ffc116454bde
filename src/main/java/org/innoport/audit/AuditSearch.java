package org.innoport.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.innoport.shared.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Filtered reads of the trail: one page (count + rows) or every match, newest first, in constant memory. */
@Repository
class AuditSearch {

    /** API sort properties and their columns; nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id",
            "occurredAt", "occurred_at",
            "actor", "actor",
            "aggregateType", "aggregate_type",
            "aggregateId", "aggregate_id",
            "action", "action");

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        Where where = where(filter);
        long total = jdbc.sql("select count(*) from audit.entries" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<AuditEntry> rows = jdbc.sql("select " + AuditRows.COLUMNS + " from audit.entries" + where.sql()
                        + orderBy(pageable.getSort()) + " limit :limit offset :offset")
                .params(where.params()).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(AuditRows::map).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every matching row, newest first, fetched a batch at a time. */
    void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        Where where = where(filter);
        String connector = where.sql().isEmpty() ? " where " : " and ";
        long before = Long.MAX_VALUE;
        List<AuditEntry> batch;
        do {
            batch = jdbc.sql("select " + AuditRows.COLUMNS + " from audit.entries" + where.sql() + connector
                            + "id < :before order by id desc limit :limit")
                    .params(where.params()).param("before", before).param("limit", AuditLedger.BATCH)
                    .query(AuditRows::map).list();
            batch.forEach(sink);
            before = batch.isEmpty() ? before : batch.getLast().id();
        } while (batch.size() == AuditLedger.BATCH);
    }

    private Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.user() != null) {
            conditions.add("lower(actor) = lower(:user)");
            params.put("user", filter.user());
        }
        if (filter.aggregateType() != null) {
            conditions.add("lower(aggregate_type) = lower(:aggregateType)");
            params.put("aggregateType", filter.aggregateType());
        }
        if (filter.aggregateId() != null) {
            conditions.add("aggregate_id = :aggregateId");
            params.put("aggregateId", filter.aggregateId());
        }
        if (filter.action() != null) {
            conditions.add("action like :action escape '\\'");
            params.put("action", filter.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column == null) {
                throw new RuleViolationException("sort", "audit.sort.invalid", order.getProperty());
            }
            terms.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        if (terms.stream().noneMatch(term -> term.startsWith("id "))) {
            terms.add("id desc");
        }
        return " order by " + String.join(", ", terms);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
