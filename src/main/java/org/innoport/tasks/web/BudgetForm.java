package org.innoport.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;

/** Reads the budget table of a form: one input per cell, named {@code budget.<SOURCE>.<year>}. */
final class BudgetForm {

    static final String PREFIX = "budget.";

    private BudgetForm() {
    }

    static List<BudgetLine> lines(Map<String, String> parameters, Locale locale) {
        List<BudgetLine> lines = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || value == null || value.isBlank()) {
                return;
            }
            String[] parts = name.substring(PREFIX.length()).split("\\.");
            try {
                lines.add(new BudgetLine(FundingSource.valueOf(parts[0]), Integer.parseInt(parts[1]),
                        Money.parse(value, locale)));
            } catch (RuntimeException e) {
                throw new RuleViolationException(name, "tasks.budget.amount-unreadable", value);
            }
        });
        return lines;
    }

    /** The fiscal years a plan of {@code durationMonths} starting this year spans. */
    static List<Integer> years(int fromYear, int durationMonths) {
        List<Integer> years = new ArrayList<>();
        int count = Math.max(1, (durationMonths + 11) / 12 + 1);
        for (int i = 0; i < count; i++) {
            years.add(fromYear + i);
        }
        return years;
    }
}
