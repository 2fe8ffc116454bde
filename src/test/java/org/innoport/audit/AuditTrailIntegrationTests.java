package org.innoport.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.innoport.shared.AuditedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    record ProbeChanged(String aggregateType, String aggregateId, String action, Object before, Object after)
            implements AuditedEvent {
    }

    @AfterEach
    void forgetRequest() {
        SecurityContextHolder.clearContext();
        MDC.remove("requestId");
        MDC.remove("clientIp");
    }

    @Test
    void theChainIsIntactAfterAppendsAndEachRowLinksToTheOneBefore() {
        long rowsBefore = trail.verify().rows();
        List<AuditEntry> appended = appendThree();

        ChainVerification result = trail.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.firstBrokenRow()).isNull();
        assertThat(result.rows()).isGreaterThanOrEqualTo(rowsBefore + 3);
        assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
        assertThat(appended.get(2).previousHash()).isEqualTo(appended.get(1).hash());
        assertThat(stored(appended.get(2).id())).isEqualTo(appended.get(2));
    }

    @Test
    void reportsExactlyTheRowWhoseAfterJsonWasAlteredInSql() {
        List<AuditEntry> rows = appendThree();
        long middle = rows.get(1).id();

        try (TamperedTrail sql = new TamperedTrail(jdbc)) {
            sql.set(middle, "after_json", "{\"amount\":999999999}");

            ChainVerification result = trail.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenRow()).isEqualTo(middle);
            assertThat(result.reason()).isEqualTo(ChainVerification.CONTENT_ALTERED);
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void reportsExactlyTheRowWhoseActorWasAlteredInSql() {
        List<AuditEntry> rows = appendThree();
        long first = rows.getFirst().id();

        try (TamperedTrail sql = new TamperedTrail(jdbc)) {
            sql.set(first, "actor", "somebody-else");

            assertThat(trail.verify())
                    .extracting(ChainVerification::valid, ChainVerification::firstBrokenRow, ChainVerification::reason)
                    .containsExactly(false, first, ChainVerification.CONTENT_ALTERED);
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void detectsARowDeletedInSqlAtTheRowThatFollowedIt() {
        List<AuditEntry> rows = appendThree();
        long rowsBefore = trail.verify().rows();

        try (TamperedTrail sql = new TamperedTrail(jdbc)) {
            sql.delete(rows.get(1));

            ChainVerification result = trail.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenRow()).isEqualTo(rows.get(2).id());
            assertThat(result.reason()).isEqualTo(ChainVerification.LINK_BROKEN);
            assertThat(result.rows()).isEqualTo(rowsBefore - 1);
        }
        assertThat(trail.verify()).isEqualTo(ChainVerification.intact(rowsBefore));
    }

    @Test
    void theTableRefusesUpdatesAndDeletesWhileTheTriggerIsOn() {
        long id = appendThree().getFirst().id();

        assertThatThrownBy(() -> jdbc.sql("update audit.entries set actor = 'x' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entries where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entries").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(stored(id).actor()).isEqualTo(AuditTrail.SYSTEM);
    }

    @Test
    void concurrentWritersKeepOneValidChain() throws Exception {
        String type = "ConcurrencyProbe-" + UUID.randomUUID();
        int threads = 8;
        int perThread = 20;
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    trail.record(type, thread + "-" + i, "probe.appended", null, Map.of("thread", thread, "i", i));
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }

        assertThat(trail.verify().valid()).isTrue();
        List<AuditEntry> ours = trail.search(new AuditFilter(null, type, null, null, null, null),
                PageRequest.of(0, 200, Sort.by("id"))).getContent();
        assertThat(ours).hasSize(threads * perThread);
        assertThat(ours).extracting(AuditEntry::aggregateId).doesNotHaveDuplicates();
        List<AuditEntry> span = jdbc.sql("select * from audit.entries where id between ? and ? order by id")
                .params(ours.getFirst().id(), ours.getLast().id())
                .query(AuditTrailIntegrationTests::row).list();
        String previous = jdbc.sql("select hash from audit.entries where id < ? order by id desc limit 1")
                .param(ours.getFirst().id()).query(String.class).optional().orElse("0".repeat(64));
        for (AuditEntry row : span) {
            assertThat(row.previousHash()).as("previous hash of row %d", row.id()).isEqualTo(previous);
            previous = row.hash();
        }
    }

    @Test
    void recordsAnAuditedEventInThePublishersTransactionWithActorIpAndRequestId() {
        String id = UUID.randomUUID().toString();
        signInAs("officer-" + id.substring(0, 8));
        MDC.put("requestId", "req-" + id.substring(0, 8));
        MDC.put("clientIp", "203.0.113.7");

        transaction.executeWithoutResult(status -> events.publishEvent(new ProbeChanged("Probe", id, "probe.approved",
                Map.of("status", "SUBMITTED", "amount", 100), Map.of("status", "APPROVED", "amount", 100))));

        List<AuditEntry> rows = byAggregate(id);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("officer-" + id.substring(0, 8));
            assertThat(row.requestIp()).isEqualTo("203.0.113.7");
            assertThat(row.requestId()).isEqualTo("req-" + id.substring(0, 8));
            assertThat(row.aggregateType()).isEqualTo("Probe");
            assertThat(row.action()).isEqualTo("probe.approved");
            assertThat(row.beforeJson()).isEqualTo("{\"amount\":100,\"status\":\"SUBMITTED\"}");
            assertThat(row.afterJson()).isEqualTo("{\"amount\":100,\"status\":\"APPROVED\"}");
        });
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void recordsNothingWhenThePublishersTransactionRollsBack() {
        String id = UUID.randomUUID().toString();
        long rowsBefore = jdbc.sql("select count(*) from audit.entries").query(Long.class).single();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ProbeChanged("Probe", id, "probe.rejected", null, Map.of("status", "REJECTED")));
            assertThat(byAggregate(id)).as("visible inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(byAggregate(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit.entries").query(Long.class).single()).isEqualTo(rowsBefore);
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void recordsOutsideASignedInRequestAsSystemWithoutRequestData() {
        String id = UUID.randomUUID().toString();

        AuditEntry row = trail.record("Probe", id, "probe.created", null, Map.of("name", "Đổi mới sáng tạo"));

        assertThat(row.actor()).isEqualTo(AuditTrail.SYSTEM);
        assertThat(row.requestIp()).isNull();
        assertThat(row.requestId()).isNull();
        assertThat(row.beforeJson()).isNull();
        assertThat(stored(row.id()).afterJson()).isEqualTo("{\"name\":\"Đổi mới sáng tạo\"}");
    }

    @Test
    void searchesByUserAggregateActionPrefixAndDateRange() {
        String type = "SearchProbe-" + UUID.randomUUID();
        signInAs("Leader-Search");
        AuditEntry approved = trail.record(type, "A", "task.approved", null, null);
        SecurityContextHolder.clearContext();
        AuditEntry created = trail.record(type, "B", "task.created", null, null);
        trail.record(type, "B", "contract.signed", null, null);
        LocalDate today = LocalDate.now(clock);

        assertThat(ids(new AuditFilter(null, type, null, null, null, null)))
                .hasSize(3).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids(new AuditFilter("leader-search", type, null, null, null, null))).containsExactly(approved.id());
        assertThat(ids(new AuditFilter(null, type.toUpperCase(), "B", "task.", null, null))).containsExactly(created.id());
        assertThat(ids(new AuditFilter(null, type, null, "task%", null, null))).isEmpty();
        assertThat(ids(new AuditFilter(null, type, null, null, today, today))).hasSize(3);
        assertThat(ids(new AuditFilter(null, type, null, null, today.plusDays(1), null))).isEmpty();
        assertThat(ids(new AuditFilter(null, type, null, null, null, today.minusDays(1)))).isEmpty();

        List<Long> exported = new ArrayList<>();
        trail.forEach(new AuditFilter(null, type, null, "task.", null, null), row -> exported.add(row.id()));
        assertThat(exported).containsExactly(created.id(), approved.id());
    }

    private List<AuditEntry> appendThree() {
        String id = UUID.randomUUID().toString();
        List<AuditEntry> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(trail.record("Probe", id, "probe.step", Map.of("step", i), Map.of("step", i + 1)));
        }
        return rows;
    }

    private List<AuditEntry> byAggregate(String aggregateId) {
        return trail.search(new AuditFilter(null, null, aggregateId, null, null, null), PageRequest.of(0, 20,
                Sort.by("id"))).getContent();
    }

    private List<Long> ids(AuditFilter filter) {
        return trail.search(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "id"))).map(AuditEntry::id)
                .getContent();
    }

    private AuditEntry stored(long id) {
        return jdbc.sql("select * from audit.entries where id = ?").param(id).query(AuditTrailIntegrationTests::row)
                .single();
    }

    private static AuditEntry row(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                rs.getString("action"), rs.getString("before_json"), rs.getString("after_json"),
                rs.getString("request_ip"), rs.getString("request_id"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
    }
}
