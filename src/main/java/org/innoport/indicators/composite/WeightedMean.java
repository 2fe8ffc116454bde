package org.innoport.indicators.composite;

/**
 * Steps 3 and 4: a node's score is the weighted arithmetic mean of its children's scores. Missing values are not
 * imputed: the weights are renormalised over the children that have a score, and a unit missing more than
 * {@code maxMissingShare} of the children (by count) gets no score (NaN).
 */
public final class WeightedMean {

    private WeightedMean() {
    }

    public static double of(double[] scores, double[] weights, double maxMissingShare) {
        double sum = 0;
        double weight = 0;
        int missing = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                missing++;
            } else {
                sum += weights[i] * scores[i];
                weight += weights[i];
            }
        }
        if (missing == scores.length || (double) missing / scores.length > maxMissingShare) {
            return Double.NaN;
        }
        return sum / weight;
    }

    /** Each child's share of the score (renormalised weight × score); NaN for a missing child or no score. */
    public static double[] contributions(double[] scores, double[] weights, double maxMissingShare) {
        double[] out = new double[scores.length];
        double mean = of(scores, weights, maxMissingShare);
        double weight = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                weight += weights[i];
            }
        }
        for (int i = 0; i < scores.length; i++) {
            out[i] = Double.isNaN(mean) || Double.isNaN(scores[i]) ? Double.NaN : weights[i] / weight * scores[i];
        }
        return out;
    }

    /** Step 4, efficiency: output sub-index / input sub-index (NaN when either is missing or the input is 0). */
    public static double efficiency(double input, double output) {
        return Double.isNaN(input) || Double.isNaN(output) || input == 0 ? Double.NaN : output / input;
    }
}
