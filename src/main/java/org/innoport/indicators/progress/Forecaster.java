package org.innoport.indicators.progress;

import java.util.List;
import org.innoport.indicators.Forecast;

/**
 * The simplest defensible projection for short annual series: an ordinary least-squares line through the values
 * (percentages and rates) or through their logarithms (counts and amounts, all positive: constant growth), with a 95 %
 * prediction interval from Student's t. Fewer than 3 points: no forecast.
 */
public final class Forecaster {

    public static final int MINIMUM_POINTS = 3;
    /** Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    private Forecaster() {
    }

    public static Forecast forecast(List<ProgressCalculator.Point> points, int year, boolean logLinear) {
        int n = points.size();
        if (n < MINIMUM_POINTS) {
            return new Forecast("none", year, null, null, null, n);
        }
        boolean log = logLinear && points.stream().allMatch(p -> p.value() > 0);
        double sx = 0;
        double sy = 0;
        for (ProgressCalculator.Point p : points) {
            sx += p.year();
            sy += y(p, log);
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (ProgressCalculator.Point p : points) {
            sxx += (p.year() - mx) * (p.year() - mx);
            sxy += (p.year() - mx) * (y(p, log) - my);
        }
        if (sxx == 0) {
            return new Forecast("none", year, null, null, null, n);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (ProgressCalculator.Point p : points) {
            double r = y(p, log) - (intercept + slope * p.year());
            sse += r * r;
        }
        double s = Math.sqrt(sse / (n - 2));
        double fit = intercept + slope * year;
        double half = t(n - 2) * s * Math.sqrt(1 + 1.0 / n + (year - mx) * (year - mx) / sxx);
        if (log) {
            return new Forecast("log-linear", year, Math.exp(fit), Math.exp(fit - half), Math.exp(fit + half), n);
        }
        return new Forecast("linear", year, fit, fit - half, fit + half, n);
    }

    private static double y(ProgressCalculator.Point p, boolean log) {
        return log ? Math.log(p.value()) : p.value();
    }

    static double t(int df) {
        return df <= T975.length ? T975[df - 1] : 1.96;
    }
}
