package org.innoport.tasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.innoport.shared.Money;

/** One cell of a budget plan: an amount from one funding source in one fiscal year. */
public record BudgetLine(@NotNull FundingSource source, @Min(2000) @Max(2100) int fiscalYear, @NotNull Money amount) {
}
