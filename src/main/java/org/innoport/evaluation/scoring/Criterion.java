package org.innoport.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One criterion of a scoring template.
 *
 * @param code short stable code, e.g. {@code C1}
 * @param nameVi Vietnamese name (the official one)
 * @param nameEn English name
 * @param maxPoints the maximum points a member may give
 * @param minimum the minimum criterion mean a dossier needs to pass, or null
 * @param tieBreak whether this criterion breaks ties between equal means
 */
public record Criterion(String code, String nameVi, String nameEn, int maxPoints, BigDecimal minimum, boolean tieBreak) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + code);
        }
        if (minimum != null && (minimum.signum() < 0 || minimum.compareTo(BigDecimal.valueOf(maxPoints)) > 0)) {
            throw new IllegalArgumentException("minimum must lie within 0.." + maxPoints + ": " + code);
        }
    }

    public boolean accepts(BigDecimal points) {
        return points != null && points.signum() >= 0 && points.compareTo(BigDecimal.valueOf(maxPoints)) <= 0
                && points.scale() <= 2;
    }
}
