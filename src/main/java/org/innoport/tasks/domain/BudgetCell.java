package org.innoport.tasks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.innoport.shared.Money;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;

/** A stored budget line (source × fiscal year → amount). */
@Embeddable
public class BudgetCell {

    @Enumerated(EnumType.STRING)
    private FundingSource source;
    @Column(name = "fiscal_year")
    private int fiscalYear;
    private Money amount;

    protected BudgetCell() {
    }

    BudgetCell(BudgetLine line) {
        this.source = line.source();
        this.fiscalYear = line.fiscalYear();
        this.amount = line.amount();
    }

    BudgetLine line() {
        return new BudgetLine(source, fiscalYear, amount);
    }

    static java.util.List<BudgetCell> of(BudgetPlan plan) {
        return plan.lines().stream().map(BudgetCell::new).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    static BudgetPlan plan(java.util.Collection<BudgetCell> cells) {
        return BudgetPlan.of(cells.stream().map(BudgetCell::line).toList());
    }
}
