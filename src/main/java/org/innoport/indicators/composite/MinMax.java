package org.innoport.indicators.composite;

/**
 * Step 2: min–max normalisation to 0–100 over the units of the run: {@code 100 (x − min) / (max − min)} when higher is
 * better, {@code 100 (max − x) / (max − min)} when lower is. Missing stays missing; an indicator whose values are all
 * equal carries no information and gives no score (NaN) to anyone.
 */
public final class MinMax {

    private MinMax() {
    }

    public static double[] normalise(double[] values, boolean higherIsBetter) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] out = new double[values.length];
        double range = max - min;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v) || !(range > 0)) {
                out[i] = Double.NaN;
            } else {
                out[i] = 100 * (higherIsBetter ? v - min : max - v) / range;
            }
        }
        return out;
    }
}
