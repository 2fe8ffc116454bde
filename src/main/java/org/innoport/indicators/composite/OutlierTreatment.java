package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Step 1: outlier treatment of one indicator over the units of a run. An indicator is problematic when |skewness| &gt;
 * {@code skewnessThreshold} and kurtosis &gt; {@code kurtosisThreshold}. Then, on the side of the skew, the most extreme
 * value is replaced by the next one (the top k values take the value of the (k+1)-th), k = 1, 2, … up to
 * {@code maxWinsorised}, until the condition clears: winsorised. If it never clears, the original values are
 * log-transformed instead: {@code ln[(max−1)(x−min)/(max−min)+1]} for a positive skew, the mirror image
 * {@code ln[(max−1)(max−x)/(max−min)+1]} for a negative one (which reverses the order, so the direction flips).
 * Missing values (NaN) stay missing.
 */
public record OutlierTreatment(double skewnessThreshold, double kurtosisThreshold, int maxWinsorised) {

    public enum Method { NONE, WINSORISED, LOG }

    /** The treated values (same positions as the input) and what was done. */
    public record Treated(double[] values, Method method, int replaced, boolean directionReversed, int count,
                          double skewness, double kurtosis, double skewnessAfter, double kurtosisAfter) {
    }

    public Treated apply(double[] values) {
        int[] present = IntStream.range(0, values.length).filter(i -> !Double.isNaN(values[i])).toArray();
        double[] x = new double[present.length];
        for (int i = 0; i < present.length; i++) {
            x[i] = values[present[i]];
        }
        double skew = SampleMoments.skewness(x);
        double kurt = SampleMoments.kurtosis(x);
        if (!problematic(skew, kurt)) {
            return new Treated(values.clone(), Method.NONE, 0, false, x.length, skew, kurt, skew, kurt);
        }
        boolean top = skew > 0;
        List<Integer> order = new ArrayList<>(IntStream.range(0, x.length).boxed().toList());
        Comparator<Integer> ascending = Comparator.comparingDouble(i -> x[i]);
        order.sort(top ? ascending.reversed() : ascending);
        for (int k = 1; k <= maxWinsorised && k < x.length - 1; k++) {
            double[] w = x.clone();
            double next = x[order.get(k)];
            for (int j = 0; j < k; j++) {
                w[order.get(j)] = next;
            }
            double s = SampleMoments.skewness(w);
            double c = SampleMoments.kurtosis(w);
            if (!problematic(s, c)) {
                return new Treated(spread(values, present, w), Method.WINSORISED, k, false, x.length, skew, kurt, s, c);
            }
        }
        double min = x[order.get(top ? x.length - 1 : 0)];
        double max = x[order.get(top ? 0 : x.length - 1)];
        double factor = max - 1;
        if (!(factor > 0)) {
            return new Treated(values.clone(), Method.NONE, 0, false, x.length, skew, kurt, skew, kurt);
        }
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double share = top ? (x[i] - min) / (max - min) : (max - x[i]) / (max - min);
            t[i] = Math.log(factor * share + 1);
        }
        return new Treated(spread(values, present, t), Method.LOG, 0, !top, x.length, skew, kurt,
                SampleMoments.skewness(t), SampleMoments.kurtosis(t));
    }

    private boolean problematic(double skew, double kurt) {
        return Math.abs(skew) > skewnessThreshold && kurt > kurtosisThreshold;
    }

    private static double[] spread(double[] values, int[] present, double[] treated) {
        double[] out = new double[values.length];
        java.util.Arrays.fill(out, Double.NaN);
        for (int i = 0; i < present.length; i++) {
            out[present[i]] = treated[i];
        }
        return out;
    }
}
