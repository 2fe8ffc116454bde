package org.innoport.indicators;

/**
 * The thresholds of a run; a null field takes the published method's default: outliers when |skewness| &gt; 2.25 and
 * kurtosis &gt; 3.5, winsorised when at most 5 values are responsible (else log-transformed); a unit missing more than
 * half of a node's children gets no score for it; ranks over scores rounded to 2 decimals (as published).
 */
public record CompositeSettings(Double skewnessThreshold, Double kurtosisThreshold, Integer maxWinsorised,
                                Double maxMissingShare, Integer rankDecimals) {

    public static final CompositeSettings DEFAULTS = new CompositeSettings(2.25, 3.5, 5, 0.5, 2);

    /** These settings with every null field replaced by the default. */
    public CompositeSettings resolved() {
        return new CompositeSettings(
                skewnessThreshold != null ? skewnessThreshold : DEFAULTS.skewnessThreshold,
                kurtosisThreshold != null ? kurtosisThreshold : DEFAULTS.kurtosisThreshold,
                maxWinsorised != null ? maxWinsorised : DEFAULTS.maxWinsorised,
                maxMissingShare != null ? maxMissingShare : DEFAULTS.maxMissingShare,
                rankDecimals != null ? rankDecimals : DEFAULTS.rankDecimals);
    }
}
