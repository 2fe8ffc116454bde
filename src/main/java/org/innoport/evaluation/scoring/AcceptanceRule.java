package org.innoport.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Acceptance rating (DOMAIN.md, *default*): EXCELLENT when the mean is at least {@code excellentMean} and at least
 * {@code excellentShare} of the members rate excellent; PASS when the mean is at least {@code passMean} and at least
 * {@code passShare} rate pass or better; otherwise FAIL. A member "rates" by the total of their signed sheet:
 * a total of at least {@code excellentMean} is an excellent rating, at least {@code passMean} a pass.
 */
public record AcceptanceRule(BigDecimal excellentMean, Share excellentShare, BigDecimal passMean, Share passShare) {

    public static final AcceptanceRule DEFAULT = new AcceptanceRule(BigDecimal.valueOf(86), new Share(3, 4),
            BigDecimal.valueOf(50), new Share(2, 3));

    public static final String EXCELLENT = "EXCELLENT";
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    public String rate(BigDecimal mean, List<BigDecimal> sheetTotals) {
        int n = sheetTotals.size();
        if (n == 0) {
            return FAIL;
        }
        long excellent = sheetTotals.stream().filter(t -> t.compareTo(excellentMean) >= 0).count();
        long passOrBetter = sheetTotals.stream().filter(t -> t.compareTo(passMean) >= 0).count();
        if (mean.compareTo(excellentMean) >= 0 && excellentShare.reachedBy(excellent, n)) {
            return EXCELLENT;
        }
        if (mean.compareTo(passMean) >= 0 && passShare.reachedBy(passOrBetter, n)) {
            return PASS;
        }
        return FAIL;
    }

    /** A fraction such as 2/3, compared exactly (no floating point). */
    public record Share(int numerator, int denominator) {

        public Share {
            if (numerator < 0 || denominator <= 0 || numerator > denominator) {
                throw new IllegalArgumentException("share must lie within 0..1");
            }
        }

        public boolean reachedBy(long count, long of) {
            return count * denominator >= (long) numerator * of;
        }
    }
}
