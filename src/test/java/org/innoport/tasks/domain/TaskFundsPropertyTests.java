package org.innoport.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.innoport.shared.DomainException;
import org.innoport.shared.Money;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;

/**
 * For random budget plans followed by random sequences of reallocations, disbursements and report acceptances, the
 * task never disburses more than a source's approved total, and per-source totals change only by an approved budget
 * change; refused commands leave the task as it was.
 */
class TaskFundsPropertyTests {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    sealed interface Step permits Disburse, Reallocate, ShiftYears, AcceptReport {
    }

    record Disburse(FundingSource source, int year, long amount) implements Step {
    }

    record Reallocate(List<BudgetLine> lines, boolean budgetChange) implements Step {
    }

    record AcceptReport() implements Step {
    }

    /** Moves every cell to another year, keeping each source's total: a reallocation without budget change. */
    record ShiftYears() implements Step {
    }

    @Property(tries = 300)
    void perSourceTotalsAreConservedAndNoSourceIsEverOverDisbursed(@ForAll("plans") List<BudgetLine> plan,
                                                                   @ForAll("steps") List<Step> steps) {
        Task task = Task.withBudget(BudgetPlan.of(plan));
        task.contract("1/HĐ", START, "Sở; chủ trì; chủ nhiệm", 60, START, List.of(), NOW);
        task.start(NOW);
        Map<FundingSource, Money> expectedTotals = task.approvedBudget().totalsBySource();
        for (Step step : steps) {
            Map<FundingSource, Money> disbursedBefore = disbursed(task);
            BudgetPlan approvedBefore = task.approvedBudget();
            try {
                switch (step) {
                    case Disburse d -> task.disburse(Disbursement.Kind.PAYMENT, d.source(), d.year(),
                            Money.of(d.amount()), "QĐ", START, "officer", NOW);
                    case Reallocate r -> {
                        task.reallocate(BudgetPlan.of(r.lines()), r.budgetChange());
                        if (r.budgetChange()) {
                            expectedTotals = task.approvedBudget().totalsBySource();
                        }
                    }
                    case ShiftYears s -> task.reallocate(BudgetPlan.of(shuffledYears(task.approvedBudget())), false);
                    case AcceptReport a -> acceptNextReport(task);
                }
            } catch (DomainException refused) {
                assertThat(disbursed(task)).isEqualTo(disbursedBefore);
                assertThat(task.approvedBudget()).isEqualTo(approvedBefore);
            }
            assertThat(task.approvedBudget().totalsBySource()).isEqualTo(expectedTotals);
            assertThat(task.totalsAgreeWithLines()).as("stored totals per source agree with the lines").isTrue();
            for (FundingSource source : FundingSource.values()) {
                assertThat(task.disbursed(source)).isLessThanOrEqualTo(task.approvedBudget().total(source));
            }
            long accepted = task.progressReports().stream()
                    .filter(r -> r.status() == ProgressReport.Status.ACCEPTED).count();
            assertThat(task.disbursements().size()).isLessThanOrEqualTo((int) accepted + 1);
        }
    }

    private static void acceptNextReport(Task task) {
        task.progressReports().stream().filter(r -> r.status() == ProgressReport.Status.DUE).findFirst()
                .ifPresent(r -> {
                    UUID id = r.id();
                    task.submitReport(id, "Kỳ " + r.periodNo(), null, "host", NOW);
                    task.reviewReport(id, true, null, "officer", NOW);
                });
    }

    private static Map<FundingSource, Money> disbursed(Task task) {
        Map<FundingSource, Money> amounts = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            amounts.put(source, task.disbursed(source));
        }
        return amounts;
    }

    @Provide
    Arbitrary<List<BudgetLine>> plans() {
        return line().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> disburse = Combinators.combine(Arbitraries.of(FundingSource.class),
                Arbitraries.integers().between(2027, 2029), Arbitraries.longs().between(1, 2_000_000_000L))
                .as(Disburse::new);
        Arbitrary<Step> reallocate = Combinators.combine(line().list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(true, false, false)).as(Reallocate::new);
        Arbitrary<Step> accept = Arbitraries.just(new AcceptReport());
        Arbitrary<Step> shift = Arbitraries.just(new ShiftYears());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, disburse), net.jqwik.api.Tuple.of(2, reallocate), net.jqwik.api.Tuple.of(2, shift),
                net.jqwik.api.Tuple.of(3, accept)).list().ofMaxSize(30);
    }

    private static Arbitrary<BudgetLine> line() {
        return Combinators.combine(Arbitraries.of(FundingSource.class), Arbitraries.integers().between(2027, 2029),
                Arbitraries.longs().between(0, 3_000_000_000L).map(Money::of)).as(BudgetLine::new);
    }

    /** Reallocations keeping per-source totals are the interesting ones: build one from the current plan. */
    static List<BudgetLine> shuffledYears(BudgetPlan plan) {
        List<BudgetLine> lines = new ArrayList<>();
        plan.lines().forEach(l -> lines.add(new BudgetLine(l.source(), 2027 + (l.fiscalYear() + 1) % 3, l.amount())));
        return lines;
    }
}
