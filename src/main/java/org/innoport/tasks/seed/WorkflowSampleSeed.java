package org.innoport.tasks.seed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.innoport.platform.Seeds;
import org.innoport.shared.Money;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.domain.BudgetPlan;
import org.innoport.tasks.domain.Deliverable;
import org.innoport.tasks.domain.Disbursement;
import org.innoport.tasks.domain.Outcome;
import org.innoport.tasks.domain.ProgressReport;
import org.innoport.tasks.domain.Task;
import org.innoport.tasks.domain.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sample city tasks (profile {@code demo}) across the lifecycle so every task page has something to show: approved
 * and awaiting its contract, contracted with an advance, in progress with an accepted and an overdue report, under
 * acceptance, closed with outcomes. Each is titled "[Dữ liệu mẫu]", flagged {@code sample} (a badge on the pages)
 * and coded {@code MAU.NV.nn}; a sample already present is left alone, so restarts add nothing. They stand on one
 * sample proposal round and call (closed, also titled as sample data) because a task always comes from an
 * application. Nothing is checked while this class is unchanged since the last load ({@link Seeds}). The reported
 * aggregates of 2013–2022 are untouched: these tasks are approved in recent years, so reconciliation shows the
 * registry's real (low) coverage.
 */
@Component
@Profile("demo")
class WorkflowSampleSeed {

    static final String PREFIX = "[Dữ liệu mẫu] ";
    private static final Logger log = LoggerFactory.getLogger(WorkflowSampleSeed.class);
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final SampleTasks writer;
    private final TaskRepository tasks;
    private final TransactionTemplate transactions;
    private final ProgrammeSeed programmes;
    private final Seeds seeds;
    private final Clock clock;

    WorkflowSampleSeed(JdbcClient jdbc, SampleTasks writer, TaskRepository tasks, TransactionTemplate transactions,
                       ProgrammeSeed programmes, Seeds seeds, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.tasks = tasks;
        this.transactions = transactions;
        this.programmes = programmes;
        this.seeds = seeds;
        this.clock = clock;
    }

    /** One sample: who hosts it, its money, and how far through the lifecycle it has gone. */
    record Sample(String code, String title, String programmeCode, String host, String pi, String hostType,
                  String field, int approvalYear, List<BudgetLine> budget, Consumer<Task> lifecycle) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        seeds.load(WorkflowSampleSeed.class, this::addMissing);
    }

    private void addMissing() {
        programmes.load();
        LocalDate today = LocalDate.now(clock.withZone(CITY));
        int year = today.getYear();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Sample> samples = List.of(
                new Sample("MAU.NV.01", "Giải pháp phục hồi rạn san hô vùng biển Cát Bà", "CT-NC-04",
                        "Trường Đại học Hàng hải Việt Nam", "Nguyễn Văn An", "UNIVERSITY", "4", year,
                        lines(FundingSource.STATE_BUDGET, year, 600_000_000L, FundingSource.COUNTERPART, year,
                                150_000_000L), task -> { }),
                new Sample("MAU.NV.02", "Hệ thống giám sát khai thác hải sản bằng dữ liệu vệ tinh", "CT-NC-04",
                        "Viện Nghiên cứu hải sản", "Lê Văn Cường", "RESEARCH_INSTITUTE", "4", year,
                        lines(FundingSource.STATE_BUDGET, year, 800_000_000L, FundingSource.STATE_BUDGET, year + 1,
                                400_000_000L, FundingSource.COUNTERPART, year, 200_000_000L),
                        task -> {
                            task.contract("MAU-01/2026/HĐ-KHCN", today.minusDays(20),
                                    "Sở KH&CN Hải Phòng; Viện Nghiên cứu hải sản; chủ nhiệm Lê Văn Cường", 18,
                                    today.minusDays(15), List.of(new Deliverable("Báo cáo tổng hợp kết quả",
                                            today.plusMonths(17))), now);
                            task.disburse(Disbursement.Kind.ADVANCE, FundingSource.STATE_BUDGET, year,
                                    Money.of(400_000_000L), "MAU-15/QĐ-SKHCN", today.minusDays(10), "officer", now);
                        }),
                new Sample("MAU.NV.03", "Chế tạo thiết bị xử lý nước dằn tàu quy mô nhỏ", "CT-NC-02",
                        "Trường Đại học Hàng hải Việt Nam", "Nguyễn Văn An", "UNIVERSITY", "2", year - 1,
                        lines(FundingSource.STATE_BUDGET, year - 1, 700_000_000L, FundingSource.STATE_BUDGET, year,
                                500_000_000L, FundingSource.OTHER, year, 100_000_000L),
                        task -> {
                            LocalDate start = today.minusMonths(13);
                            task.contract("MAU-02/2025/HĐ-KHCN", start.minusDays(5),
                                    "Sở KH&CN Hải Phòng; Trường Đại học Hàng hải Việt Nam; chủ nhiệm Nguyễn Văn An",
                                    24, start, List.of(new Deliverable("Thiết bị mẫu", start.plusMonths(20)),
                                            new Deliverable("Quy trình vận hành", start.plusMonths(22))), now);
                            task.start(now);
                            task.disburse(Disbursement.Kind.ADVANCE, FundingSource.STATE_BUDGET, year - 1,
                                    Money.of(500_000_000L), "MAU-21/QĐ-SKHCN", start.plusDays(10), "officer", now);
                            ProgressReport first = task.progressReports().getFirst();
                            task.submitReport(first.id(), "Đã hoàn thành thiết kế và mua sắm vật tư (mẫu).", null,
                                    "applicant", now);
                            task.reviewReport(first.id(), true, null, "officer", now);
                            task.disburse(Disbursement.Kind.PAYMENT, FundingSource.STATE_BUDGET, year - 1,
                                    Money.of(200_000_000L), "MAU-44/QĐ-SKHCN", start.plusMonths(7), "officer", now);
                            task.inspect(start.plusMonths(8), "Tiến độ đúng kế hoạch; thiết bị đang lắp thử (mẫu).",
                                    "Bổ sung nhật ký thử nghiệm.", "officer", now);
                        }),
                new Sample("MAU.NV.04", "Mô hình chăm sóc sức khỏe thuyền viên viễn dương", "CT-NC-03",
                        "Trường Đại học Y Dược Hải Phòng", "Trần Thị Bình", "UNIVERSITY", "3", year - 2,
                        lines(FundingSource.STATE_BUDGET, year - 2, 450_000_000L, FundingSource.STATE_BUDGET,
                                year - 1, 300_000_000L, FundingSource.COUNTERPART, year - 1, 120_000_000L),
                        task -> {
                            LocalDate start = today.minusMonths(14);
                            task.contract("MAU-03/2024/HĐ-KHCN", start.minusDays(3),
                                    "Sở KH&CN Hải Phòng; Trường Đại học Y Dược Hải Phòng; chủ nhiệm Trần Thị Bình",
                                    12, start, List.of(), now);
                            task.start(now);
                            task.disburse(Disbursement.Kind.ADVANCE, FundingSource.STATE_BUDGET, year - 2,
                                    Money.of(450_000_000L), "MAU-30/QĐ-SKHCN", start.plusDays(7), "officer", now);
                            ProgressReport first = task.progressReports().getFirst();
                            task.submitReport(first.id(), "Đã khảo sát 300 thuyền viên (mẫu).", null, "applicant2",
                                    now);
                            task.reviewReport(first.id(), true, null, "officer", now);
                            task.submitForAcceptance(null, today, now);
                        }),
                new Sample("MAU.NV.05", "Quy trình nuôi trồng rong biển kết hợp xử lý môi trường", "CT-NC-01",
                        "Viện Tài nguyên và Môi trường biển", "Phạm Thị Dung", "RESEARCH_INSTITUTE", "1", year - 3,
                        lines(FundingSource.STATE_BUDGET, year - 3, 500_000_000L, FundingSource.STATE_BUDGET,
                                year - 2, 400_000_000L, FundingSource.COUNTERPART, year - 2, 150_000_000L),
                        task -> {
                            LocalDate start = today.minusMonths(34);
                            task.contract("MAU-04/2023/HĐ-KHCN", start.minusDays(4),
                                    "Sở KH&CN Hải Phòng; Viện Tài nguyên và Môi trường biển; chủ nhiệm Phạm Thị Dung",
                                    18, start, List.of(new Deliverable("Quy trình kỹ thuật", start.plusMonths(17))),
                                    now);
                            task.start(now);
                            task.disburse(Disbursement.Kind.ADVANCE, FundingSource.STATE_BUDGET, year - 3,
                                    Money.of(500_000_000L), "MAU-12/QĐ-SKHCN", start.plusDays(5), "officer", now);
                            for (ProgressReport report : task.progressReports()) {
                                task.submitReport(report.id(), "Báo cáo tiến độ kỳ " + report.periodNo() + " (mẫu).",
                                        null, "officer", now);
                                task.reviewReport(report.id(), true, null, "officer", now);
                            }
                            task.disburse(Disbursement.Kind.PAYMENT, FundingSource.STATE_BUDGET, year - 2,
                                    Money.of(400_000_000L), "MAU-51/QĐ-SKHCN", start.plusMonths(8), "officer", now);
                            task.disburse(Disbursement.Kind.PAYMENT, FundingSource.COUNTERPART, year - 2,
                                    Money.of(150_000_000L), "MAU-52/QĐ-SKHCN", start.plusMonths(13), "officer", now);
                            task.submitForAcceptance(null, start.plusMonths(18), now);
                            task.recordAcceptance(null, "PASS", new java.math.BigDecimal("78.50"), now);
                            task.recognise("MAU-88/QĐ-SKHCN", start.plusMonths(20), now);
                            task.liquidate(BudgetPlan.of(lines(FundingSource.STATE_BUDGET, year - 3, 500_000_000L,
                                    FundingSource.STATE_BUDGET, year - 2, 395_000_000L, FundingSource.COUNTERPART,
                                    year - 2, 150_000_000L)), start.plusMonths(21), now);
                            task.register("MAU-KQ-2025-001", start.plusMonths(22), now);
                            task.close(now);
                            task.recordOutcome(Outcome.Kind.TECHNOLOGY_TRANSFER, start.plusMonths(26),
                                    "Chuyển giao quy trình cho Công ty Cổ phần Công nghệ Biển Xanh (mẫu)",
                                    Money.of(250_000_000L), null, "Hợp đồng chuyển giao MAU-CG-01", "officer", now);
                            task.recordOutcome(Outcome.Kind.PUBLICATION, start.plusMonths(28),
                                    "Bài báo trên Tạp chí Khoa học và Công nghệ biển (mẫu)", null, 1,
                                    "Tạp chí KH&CN biển, số mẫu", "officer", now);
                        }));
        int added = 0;
        for (Sample sample : samples) {
            if (jdbc.sql("select count(*) from tasks.tasks where code = :code").param("code", sample.code())
                    .query(Long.class).single() > 0) {
                continue;
            }
            transactions.executeWithoutResult(status -> create(sample, now));
            added++;
        }
        if (added > 0) {
            log.info("Added {} sample city tasks", added);
        }
    }

    private void create(Sample s, Instant now) {
        UUID host = UUID.nameUUIDFromBytes(("organisation:" + s.host()).getBytes(StandardCharsets.UTF_8));
        UUID pi = UUID.nameUUIDFromBytes(("person:" + s.pi()).getBytes(StandardCharsets.UTF_8));
        Instant approved = LocalDate.of(s.approvalYear(), 1, 15).atStartOfDay(CITY).toInstant();
        UUID task = writer.approvedTask(s.code(), PREFIX + s.title(), s.programmeCode(), host, pi, s.budget(),
                approved.isAfter(now) ? now : approved, true);
        Task entity = tasks.findById(task).orElseThrow();
        entity.classify(s.field(), s.hostType(), now);
        s.lifecycle().accept(entity);
        tasks.saveAndFlush(entity);
    }

    private static List<BudgetLine> lines(Object... cells) {
        List<BudgetLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i += 3) {
            lines.add(new BudgetLine((FundingSource) cells[i], (Integer) cells[i + 1],
                    Money.of((Long) cells[i + 2])));
        }
        return lines;
    }
}
