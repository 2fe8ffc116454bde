package org.innoport.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.TaskRefusedException;
import org.junit.jupiter.api.Test;

/** The task's lifecycle rules without Spring: failure path, suspension, termination, PI change, inspections. */
class TaskLifecycleTests {

    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    private static Task inProgress() {
        Task task = Task.withBudget(BudgetPlan.of(List.of(
                new BudgetLine(FundingSource.STATE_BUDGET, 2027, Money.of(600_000_000)),
                new BudgetLine(FundingSource.COUNTERPART, 2027, Money.of(100_000_000)))));
        task.contract("9/HĐ", START, "Sở; chủ trì; chủ nhiệm", 12, START, List.of(new Deliverable("Báo cáo",
                START.plusMonths(12))), NOW);
        task.start(NOW);
        return task;
    }

    @Test
    void aFailedAcceptanceGoesToTheFailurePathAndClosesOnlyAfterItsResolution() {
        Task task = inProgress();
        task.disburse(Disbursement.Kind.ADVANCE, FundingSource.STATE_BUDGET, 2027, Money.of(300_000_000), "1/QĐ",
                START, "officer", NOW);
        task.submitForAcceptance(null, START.plusMonths(1), NOW);
        task.recordAcceptance(UUID.randomUUID(), "FAIL", new BigDecimal("42.00"), NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThatThrownBy(() -> task.recognise("1/QĐ", START, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> task.close(NOW)).isInstanceOf(TaskRefusedException.class)
                .extracting(e -> ((TaskRefusedException) e).code()).isEqualTo("task.not-registered");
        task.resolveFailure("REFUND", "12/QĐ-SKHCN", Money.of(150_000_000), NOW);
        task.close(NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.refundAmount()).isEqualTo(Money.of(150_000_000));
    }

    @Test
    void suspensionAndTerminationNeedReasonsAndStopTranches() {
        Task task = inProgress();
        assertThatThrownBy(() -> task.suspend(" ", NOW)).isInstanceOf(RuleViolationException.class);
        task.suspend("Chủ nhiệm ốm dài ngày", NOW);
        assertThat(task.statusReason()).isEqualTo("Chủ nhiệm ốm dài ngày");
        assertThatThrownBy(() -> task.disburse(Disbursement.Kind.PAYMENT, FundingSource.STATE_BUDGET, 2027,
                Money.of(1), "2/QĐ", START, "officer", NOW)).isInstanceOf(IllegalTransitionException.class);
        task.resume(NOW);
        task.terminate("Không đảm bảo tiến độ", NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.TERMINATED);
        assertThatThrownBy(() -> task.resume(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aPiChangeAndAnInspectionAreRecordedAndAnExtensionIsAtMostTwelveMonths() {
        Task task = inProgress();
        UUID newPi = UUID.randomUUID();
        ChangeRequest change = task.requestChange(ChangeRequest.Kind.PI_CHANGE, "Chủ nhiệm nghỉ hưu", null, newPi,
                null, false, "host", NOW);
        task.decideChange(change.id(), true, "leader", null, NOW);
        assertThat(task.piPersonId()).isEqualTo(newPi);
        assertThatThrownBy(() -> task.decideChange(change.id(), false, "leader", null, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> task.requestChange(ChangeRequest.Kind.EXTENSION, "Lùi", 13, null, null, false,
                "host", NOW)).isInstanceOf(RuleViolationException.class);
        ChangeRequest refused = task.requestChange(ChangeRequest.Kind.EXTENSION, "Lùi", 12, null, null, false,
                "host", NOW);
        task.decideChange(refused.id(), false, "leader", "Không đủ căn cứ", NOW);
        assertThat(task.endDate()).isEqualTo(START.plusMonths(12));
        task.inspect(START.plusMonths(2), "Đúng tiến độ", "Không", "officer", NOW);
        assertThat(task.inspections()).singleElement().extracting(Inspection::findings).isEqualTo("Đúng tiến độ");
        assertThat(task.progressReports()).extracting(ProgressReport::dueDate).containsExactly(START.plusMonths(6));
    }
}
