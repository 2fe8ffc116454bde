package org.innoport.indicators;

import java.math.BigDecimal;

/** An indicator definition; {@code kind} is ENTERED or FORMULA. */
public record IndicatorView(String code, String nameVi, String nameEn, String unit, Direction direction,
                            Periodicity periodicity, String definition, String kind, String formula,
                            BigDecimal lowerBound, BigDecimal upperBound, long version) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    public boolean computed() {
        return formula != null;
    }

    /** Percentages and rates move in percentage points (linear); counts and amounts compound. */
    public boolean linear() {
        return unit.startsWith("percent") || unit.equals("rank");
    }
}
