package org.innoport.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.Money;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;

/** Budget plan arithmetic: totals by source and by year are conserved; appraisal never exceeds the ceiling. */
class BudgetPlanPropertyTests {

    @Provide
    Arbitrary<BudgetLine> lines() {
        return Combinators.combine(Arbitraries.of(FundingSource.class), Arbitraries.integers().between(2026, 2030),
                        Arbitraries.longs().between(0, 50_000_000_000L))
                .as((source, year, amount) -> new BudgetLine(source, year, Money.of(amount)));
    }

    @Property
    void totalsBySourceAndByYearBothAddUpToTheTotalOfTheLines(
            @ForAll @Size(max = 30) List<@From("lines") BudgetLine> lines) {
        BudgetPlan plan = BudgetPlan.of(lines);
        Money sumOfLines = lines.stream().map(BudgetLine::amount).collect(Money.total());

        assertThat(plan.total()).isEqualTo(sumOfLines);
        assertThat(plan.totalsBySource().values().stream().collect(Money.total())).isEqualTo(sumOfLines);
        assertThat(plan.totalsByYear().values().stream().collect(Money.total())).isEqualTo(sumOfLines);
        for (FundingSource source : FundingSource.values()) {
            Money bySource = lines.stream().filter(l -> l.source() == source).map(BudgetLine::amount)
                    .collect(Money.total());
            assertThat(plan.total(source)).isEqualTo(bySource);
        }
    }

    @Property
    void mergingCellsAndReorderingLinesChangesNoTotal(@ForAll @Size(max = 30) List<@From("lines") BudgetLine> lines,
                                                      @ForAll long seed) {
        List<BudgetLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));
        BudgetPlan plan = BudgetPlan.of(lines);

        assertThat(BudgetPlan.of(shuffled)).isEqualTo(plan);
        assertThat(BudgetPlan.of(plan.lines())).isEqualTo(plan);
        assertThat(plan.lines()).extracting(l -> l.source() + "/" + l.fiscalYear()).doesNotHaveDuplicates();
    }

    @Property
    void anAppraisalIsAcceptedExactlyWhenItsTotalIsWithinTheCeiling(
            @ForAll @Size(min = 1, max = 12) List<@From("lines") BudgetLine> lines,
            @ForAll @LongRange(min = 1, max = 300_000_000_000L) long ceilingDong) {
        BudgetPlan plan = BudgetPlan.of(lines);
        Money ceiling = Money.of(ceilingDong);
        Application application = ApplicationTests.selected();
        Map<Integer, Money> unlimited = Map.of(2026, Money.of(Long.MAX_VALUE / 8), 2027, Money.of(Long.MAX_VALUE / 8),
                2028, Money.of(Long.MAX_VALUE / 8), 2029, Money.of(Long.MAX_VALUE / 8), 2030,
                Money.of(Long.MAX_VALUE / 8));
        if (plan.isEmpty()) {
            return;
        }
        if (plan.total().isGreaterThan(ceiling)) {
            assertThatThrownBy(() -> application.appraise(plan, ceiling, unlimited, Instant.now()))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(application.status()).isEqualTo(ApplicationStatus.SELECTED);
            assertThat(application.approvedPlan().isEmpty()).isTrue();
        } else {
            application.appraise(plan, ceiling, unlimited, Instant.now());
            assertThat(application.approvedPlan().total()).isLessThanOrEqualTo(ceiling);
            assertThat(application.approvedPlan()).isEqualTo(plan);
        }
    }

    @Property
    void theStateShareOfAYearNeverExceedsWhatRemainsOfTheProgramme(
            @ForAll @Size(min = 1, max = 12) List<@From("lines") BudgetLine> lines,
            @ForAll @LongRange(min = 0, max = 60_000_000_000L) long remainingDong) {
        BudgetPlan plan = BudgetPlan.of(lines);
        if (plan.isEmpty()) {
            return;
        }
        Map<Integer, Money> remaining = new java.util.HashMap<>();
        for (int year = 2026; year <= 2030; year++) {
            remaining.put(year, Money.of(remainingDong));
        }
        Application application = ApplicationTests.selected();
        boolean fits = plan.years().stream().noneMatch(
                year -> plan.amount(FundingSource.STATE_BUDGET, year).isGreaterThan(Money.of(remainingDong)));
        if (fits) {
            application.appraise(plan, Money.of(Long.MAX_VALUE / 2), remaining, Instant.now());
            plan.years().forEach(year -> assertThat(application.approvedPlan().amount(FundingSource.STATE_BUDGET, year))
                    .isLessThanOrEqualTo(Money.of(remainingDong)));
        } else {
            assertThatThrownBy(() -> application.appraise(plan, Money.of(Long.MAX_VALUE / 2), remaining, Instant.now()))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(application.approvedPlan().isEmpty()).isTrue();
        }
    }

}
