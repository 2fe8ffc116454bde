package org.innoport.indicators;

import java.util.List;

/**
 * The result of one consistency rule: both sides with the values and sources they read, the difference and the
 * tolerance allowed. {@code outcome} is PASS, FINDING, or NOT_EVALUABLE (a value is missing).
 */
public record Finding(String rule, String kind, String labelVi, String labelEn, String left, String right,
                      String comparison, Outcome outcome, Double leftValue, Double rightValue, Double difference,
                      Double tolerance, List<ValueView> sources) {

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelVi;
    }

    /** Whether the rule reads this indicator. */
    public boolean concerns(String indicator) {
        return sources.stream().anyMatch(s -> s.indicator().equals(indicator))
                || left.contains(indicator) || right.contains(indicator);
    }
}
