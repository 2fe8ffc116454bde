package org.innoport.indicators.composite;

/**
 * Sample-adjusted skewness and excess kurtosis, as spreadsheet SKEW and KURT compute them (the standard deviation is
 * the sample one, n − 1). NaN when undefined: fewer than 3 (skewness) or 4 (kurtosis) values, or all values equal.
 */
public final class SampleMoments {

    private SampleMoments() {
    }

    public static double skewness(double[] x) {
        int n = x.length;
        double sd = sd(x);
        if (n < 3 || !(sd > 0)) {
            return Double.NaN;
        }
        double mean = mean(x);
        double sum = 0;
        for (double v : x) {
            double z = (v - mean) / sd;
            sum += z * z * z;
        }
        return (double) n / ((n - 1.0) * (n - 2.0)) * sum;
    }

    public static double kurtosis(double[] x) {
        int n = x.length;
        double sd = sd(x);
        if (n < 4 || !(sd > 0)) {
            return Double.NaN;
        }
        double mean = mean(x);
        double sum = 0;
        for (double v : x) {
            double z = (v - mean) / sd;
            sum += z * z * z * z;
        }
        double nn = n;
        return nn * (nn + 1) / ((nn - 1) * (nn - 2) * (nn - 3)) * sum
                - 3 * (nn - 1) * (nn - 1) / ((nn - 2) * (nn - 3));
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    static double sd(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (x.length - 1));
    }
}
