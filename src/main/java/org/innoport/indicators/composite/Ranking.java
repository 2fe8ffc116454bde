package org.innoport.indicators.composite;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Step 5: competition ranking ("1, 2, 2, 4"), highest score first, over the scores rounded to {@code decimals} (the
 * published precision), so that units showing the same score share a rank. 0 for a unit without a score.
 */
public final class Ranking {

    private Ranking() {
    }

    public static int[] competition(double[] scores, int decimals) {
        double[] rounded = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            rounded[i] = Double.isNaN(scores[i]) || Double.isInfinite(scores[i]) ? Double.NaN
                    : BigDecimal.valueOf(scores[i]).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        }
        int[] ranks = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(rounded[i])) {
                continue;
            }
            int better = 0;
            for (double other : rounded) {
                if (!Double.isNaN(other) && other > rounded[i]) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }
}
