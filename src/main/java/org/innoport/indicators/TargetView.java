package org.innoport.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target with where it stands. Rates are per year: % for compound growth, percentage points when
 * {@code rateUnit} is {@code pp}. {@code impliedMultiple}: what a growth target compounds to over five years.
 */
public record TargetView(String code, String indicator, String indicatorNameVi, String indicatorNameEn, String unit,
                         TargetKind kind, Integer year, BigDecimal value, BigDecimal valueMin, BigDecimal valueMax,
                         Integer baseYear, BigDecimal factor, BigDecimal growthPct, String documentNumber,
                         String commitmentCode, String quote, Rating rating, Double observedRate, Double requiredRate,
                         String rateUnit, Double ratio, Integer baselineYear, Double baselineValue, Integer latestYear,
                         Double latestValue, ValueView latest, Double targetLevel, Double impliedMultiple,
                         Forecast forecast, List<ValueView> series, long version) {

    public String indicatorName(String language) {
        return "en".equals(language) ? indicatorNameEn : indicatorNameVi;
    }
}
