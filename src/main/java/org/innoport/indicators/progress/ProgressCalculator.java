package org.innoport.indicators.progress;

import java.util.List;
import org.innoport.indicators.Rating;
import org.innoport.indicators.TargetKind;

/**
 * Progress towards a target (DOMAIN.md, after Statistics Canada / Open SDG): R = observed rate / required rate, both
 * measured from the baseline (the first annual observation, or the base year of a relative target). Counts and amounts
 * use compound annual growth; percentages use linear slopes in percentage points per year.
 * R ≥ 0.95 on track, 0.60–0.95 acceleration needed, 0–0.60 limited progress, below 0 deterioration.
 */
public final class ProgressCalculator {

    public record Point(int year, double value) {
    }

    public record Spec(TargetKind kind, Integer year, Double value, Double valueMin, Integer baseYear, Double factor,
                       Double growthPct, boolean lowerIsBetter, boolean linear) {
    }

    /**
     * @param observedRate per year: % for compound, percentage points for linear; null when not enough data
     * @param requiredRate same unit; null when it cannot be known (no baseline)
     * @param ratio R
     */
    public record Progress(Rating rating, Double observedRate, Double requiredRate, Double ratio, Point baseline,
                           Point latest, Double targetLevel, boolean linear) {
    }

    private ProgressCalculator() {
    }

    /** Compound growth per year, in %, to go from {@code from} to {@code to} in {@code years}. */
    public static double cagr(double from, double to, double years) {
        return (Math.pow(to / from, 1 / years) - 1) * 100;
    }

    /** The multiple reached after {@code years} of growth at {@code pct} %/year. */
    public static double multiple(double pct, double years) {
        return Math.pow(1 + pct / 100, years);
    }

    public static Progress assess(Spec spec, List<Point> annual) {
        List<Point> points = annual.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
        Point baseline = baseline(spec, points);
        Point latest = points.isEmpty() ? null : points.get(points.size() - 1);
        Double level = level(spec, baseline);
        Double required = required(spec, baseline, level);
        if (baseline == null || latest == null || latest.year() <= baseline.year()) {
            return new Progress(Rating.NOT_ENOUGH_DATA, null, required, null, baseline, latest, level, spec.linear());
        }
        Double observed = rate(spec.linear(), baseline, latest);
        if (observed == null || required == null) {
            return new Progress(Rating.NOT_ENOUGH_DATA, observed, required, null, baseline, latest, level,
                    spec.linear());
        }
        boolean better = !spec.lowerIsBetter();
        if (level != null && (better ? latest.value() >= level : latest.value() <= level)) {
            return new Progress(Rating.ON_TRACK, observed, required, required == 0 ? null : observed / required,
                    baseline, latest, level, spec.linear());
        }
        if (required == 0) {
            return new Progress(observed * (better ? 1 : -1) >= 0 ? Rating.ON_TRACK : Rating.DETERIORATION, observed,
                    required, null, baseline, latest, level, spec.linear());
        }
        double ratio = observed / required;
        return new Progress(rate(ratio), observed, required, ratio, baseline, latest, level, spec.linear());
    }

    public static Rating rate(double ratio) {
        if (ratio >= 0.95) {
            return Rating.ON_TRACK;
        }
        if (ratio >= 0.60) {
            return Rating.ACCELERATION_NEEDED;
        }
        if (ratio >= 0) {
            return Rating.LIMITED_PROGRESS;
        }
        return Rating.DETERIORATION;
    }

    private static Point baseline(Spec spec, List<Point> points) {
        if (spec.kind() == TargetKind.FACTOR) {
            return points.stream().filter(p -> p.year() == spec.baseYear()).findFirst().orElse(null);
        }
        return points.isEmpty() ? null : points.get(0);
    }

    private static Double level(Spec spec, Point baseline) {
        return switch (spec.kind()) {
            case LEVEL -> spec.value();
            case RANGE -> spec.valueMin();
            case FACTOR -> baseline == null ? null : baseline.value() * spec.factor();
            case GROWTH -> null;
        };
    }

    private static Double required(Spec spec, Point baseline, Double level) {
        return switch (spec.kind()) {
            case GROWTH -> spec.growthPct();
            case FACTOR -> spec.linear()
                    ? (baseline == null ? null : (level - baseline.value()) / (spec.year() - spec.baseYear()))
                    : cagr(1, spec.factor(), spec.year() - spec.baseYear());
            case LEVEL, RANGE -> baseline == null || spec.year() <= baseline.year() ? null
                    : rate(spec.linear(), baseline, new Point(spec.year(), level));
        };
    }

    private static Double rate(boolean linear, Point from, Point to) {
        double years = to.year() - from.year();
        if (linear) {
            return (to.value() - from.value()) / years;
        }
        if (from.value() <= 0 || to.value() < 0) {
            return null;
        }
        return cagr(from.value(), to.value(), years);
    }
}
