package org.innoport.indicators;

import java.math.BigDecimal;

/**
 * One value as readers see it. Computed values have no id, status COMPUTED, and {@code formula} says how they were
 * obtained; stored values carry their source down to the quoted sentence.
 */
public record ValueView(Long id, String indicator, String area, String period, String periodLabel, BigDecimal value,
                        Qualifier qualifier, ValueStatus status, String sourceDocument, String sourcePublication,
                        String sourcePage, String quote, String formula, Long version) {

    public Period parsedPeriod() {
        return Period.parse(period);
    }
}
