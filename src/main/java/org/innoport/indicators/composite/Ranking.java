package org.innoport.indicators.composite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

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
        Integer[] order = new Integer[scores.length];
        int count = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(rounded[i])) {
                order[count++] = i;
            }
        }
        Arrays.sort(order, 0, count, (a, b) -> Double.compare(rounded[b], rounded[a]));
        int[] ranks = new int[scores.length];
        for (int position = 0; position < count; position++) {
            int unit = order[position];
            boolean tied = position > 0 && rounded[order[position - 1]] == rounded[unit];
            ranks[unit] = tied ? ranks[order[position - 1]] : position + 1;
        }
        return ranks;
    }
}
