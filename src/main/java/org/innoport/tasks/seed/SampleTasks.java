package org.innoport.tasks.seed;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an APPROVED city task with the records it stands on (a proposal in the sample round, its listing in the
 * sample call, the approved application with its budget), without running part 1's councils. Used by the demo data
 * ({@link WorkflowSampleSeed}) and by tests that need a task to carry through the later steps.
 */
@Component
public class SampleTasks {

    private final JdbcClient jdbc;

    SampleTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the new task's id; {@code sample} marks it as sample data on the pages. */
    @Transactional
    public UUID approvedTask(String code, String title, String programmeCode, UUID host, UUID pi,
                             List<BudgetLine> budget, Instant approvedAt, boolean sample) {
        UUID round = id("round");
        UUID call = id("call");
        Instant past = approvedAt.minus(120, ChronoUnit.DAYS);
        jdbc.sql("""
                insert into tasks.proposal_rounds (id, name, opens_at, closes_at, created_at)
                values (:id, :name, :opens, :closes, :opens) on conflict (id) do nothing""")
                .param("id", round).param("name", WorkflowSampleSeed.PREFIX + "Đợt đề xuất nhiệm vụ mẫu")
                .param("opens", ts(past)).param("closes", ts(past.plus(30, ChronoUnit.DAYS))).update();
        jdbc.sql("""
                insert into tasks.calls (id, title, opens_at, closes_at, created_at)
                values (:id, :title, :opens, :closes, :opens) on conflict (id) do nothing""")
                .param("id", call).param("title", WorkflowSampleSeed.PREFIX + "Thông báo tuyển chọn mẫu")
                .param("opens", ts(past.plus(60, ChronoUnit.DAYS))).param("closes", ts(past.plus(90, ChronoUnit.DAYS)))
                .update();
        UUID programme = jdbc.sql("select id from tasks.programmes where code = :code")
                .param("code", programmeCode).query(UUID.class).single();
        long total = budget.stream().mapToLong(l -> l.amount().dong()).sum();
        UUID proposal = id("proposal:" + code);
        UUID listing = id("listing:" + code);
        UUID application = id("application:" + code);
        UUID task = id("task:" + code);
        Timestamp at = ts(approvedAt);
        jdbc.sql("""
                insert into tasks.proposals (id, round_id, proposer, organisation_id, title, type, level, programme_id,
                  problem, objectives, expected_results, estimated_budget, duration_months, status, submitted_at,
                  created_at, updated_at)
                values (:id, :round, 'officer', :host, :title, 'RESEARCH_TOPIC', 'CITY', :programme,
                  'Vấn đề thực tiễn (dữ liệu mẫu).', 'Mục tiêu (dữ liệu mẫu).', 'Kết quả dự kiến (dữ liệu mẫu).',
                  :total, 24, 'LISTED', :at, :at, :at)""")
                .param("id", proposal).param("round", round).param("host", host).param("title", title)
                .param("programme", programme).param("total", total).param("at", at).update();
        jdbc.sql("""
                insert into tasks.listings (id, proposal_id, title, type, programme_id, selection_mode, budget_ceiling,
                  duration_months, status, decided_by, decided_at)
                values (:id, :proposal, :title, 'RESEARCH_TOPIC', :programme, 'OPEN_SELECTION', :total, 24, 'AWARDED',
                  'leader', :at)""")
                .param("id", listing).param("proposal", proposal).param("title", title).param("programme", programme)
                .param("total", total).param("at", at).update();
        jdbc.sql("insert into tasks.call_listings (call_id, listing_id) values (:call, :listing)")
                .param("call", call).param("listing", listing).update();
        jdbc.sql("""
                insert into tasks.applications (id, call_id, listing_id, organisation_id, created_by, pi_person_id,
                  content, status, submitted_at, created_at, updated_at)
                values (:id, :call, :listing, :host, 'officer', :pi, 'Thuyết minh nhiệm vụ (dữ liệu mẫu).',
                  'APPROVED', :at, :at, :at)""")
                .param("id", application).param("call", call).param("listing", listing).param("host", host)
                .param("pi", pi).param("at", at).update();
        for (BudgetLine line : budget) {
            for (String table : List.of("tasks.application_budget", "tasks.application_approved_budget")) {
                jdbc.sql("insert into " + table + " (application_id, source, fiscal_year, amount) values (:a, :s, :y, :m)")
                        .param("a", application).param("s", line.source().name()).param("y", line.fiscalYear())
                        .param("m", line.amount().dong()).update();
            }
        }
        jdbc.sql("""
                insert into tasks.tasks (id, code, title, level, type, host_organisation_id, pi_person_id, programme_id,
                  listing_id, application_id, duration_months, status, approved_by, approved_at, sample)
                values (:id, :code, :title, 'CITY', 'RESEARCH_TOPIC', :host, :pi, :programme, :listing, :application,
                  24, 'APPROVED', 'leader', :at, :sample)""")
                .param("id", task).param("code", code).param("title", title).param("host", host).param("pi", pi)
                .param("programme", programme).param("listing", listing).param("application", application)
                .param("at", at).param("sample", sample).update();
        for (BudgetLine line : budget) {
            jdbc.sql("insert into tasks.task_budget (task_id, source, fiscal_year, amount) values (:t, :s, :y, :m)")
                    .param("t", task).param("s", line.source().name()).param("y", line.fiscalYear())
                    .param("m", line.amount().dong()).update();
        }
        jdbc.sql("""
                update tasks.tasks set approved_state = :state, approved_counterpart = :counterpart, approved_other = :other
                 where id = :t""")
                .param("t", task).param("state", total(budget, FundingSource.STATE_BUDGET))
                .param("counterpart", total(budget, FundingSource.COUNTERPART))
                .param("other", total(budget, FundingSource.OTHER)).update();
        return task;
    }

    /** The approved total of one source, stored on the task for the portfolio (as {@code Task} keeps it). */
    private static long total(List<BudgetLine> budget, FundingSource source) {
        return budget.stream().filter(l -> l.source() == source).mapToLong(l -> l.amount().dong()).sum();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("tasks-sample:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
