package org.innoport.tasks.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;

/**
 * A budget plan: amounts by funding source and fiscal year. Lines for the same source and year are merged, so each
 * cell appears once; totals by source, by year and overall are sums of the same cells and always agree.
 */
public final class BudgetPlan {

    private final SortedMap<Integer, Map<FundingSource, Money>> cells = new TreeMap<>();

    private BudgetPlan() {
    }

    /** @throws RuleViolationException for a negative amount or a missing source */
    public static BudgetPlan of(Collection<BudgetLine> lines) {
        BudgetPlan plan = new BudgetPlan();
        for (BudgetLine line : lines == null ? List.<BudgetLine>of() : lines) {
            if (line == null || line.source() == null || line.amount() == null) {
                throw new RuleViolationException("budgetLines", "tasks.budget.line-incomplete");
            }
            if (line.amount().isNegative()) {
                throw new RuleViolationException("budgetLines", "tasks.budget.negative");
            }
            plan.cells.computeIfAbsent(line.fiscalYear(), year -> new EnumMap<>(FundingSource.class))
                    .merge(line.source(), line.amount(), Money::plus);
        }
        return plan;
    }

    /** The cells, by year then source, leaving out zero cells. */
    public List<BudgetLine> lines() {
        return cells.entrySet().stream()
                .flatMap(year -> year.getValue().entrySet().stream()
                        .filter(cell -> !cell.getValue().isZero())
                        .map(cell -> new BudgetLine(cell.getKey(), year.getKey(), cell.getValue())))
                .toList();
    }

    public Money total() {
        return lines().stream().map(BudgetLine::amount).collect(Money.total());
    }

    public Money total(FundingSource source) {
        return cells.values().stream().map(year -> year.getOrDefault(source, Money.ZERO)).collect(Money.total());
    }

    public Money totalOfYear(int fiscalYear) {
        return cells.getOrDefault(fiscalYear, Map.of()).values().stream().collect(Money.total());
    }

    public Money amount(FundingSource source, int fiscalYear) {
        return cells.getOrDefault(fiscalYear, Map.of()).getOrDefault(source, Money.ZERO);
    }

    public Map<FundingSource, Money> totalsBySource() {
        Map<FundingSource, Money> totals = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            totals.put(source, total(source));
        }
        return totals;
    }

    public SortedMap<Integer, Money> totalsByYear() {
        SortedMap<Integer, Money> totals = new TreeMap<>();
        cells.keySet().forEach(year -> totals.put(year, totalOfYear(year)));
        return totals;
    }

    public List<Integer> years() {
        return List.copyOf(cells.keySet());
    }

    public boolean isEmpty() {
        return total().isZero();
    }

    public boolean fitsWithin(Money ceiling) {
        return !total().isGreaterThan(ceiling);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetPlan plan && plan.lines().equals(lines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines());
    }

    @Override
    public String toString() {
        return lines().toString();
    }
}
