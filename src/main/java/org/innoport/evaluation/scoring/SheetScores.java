package org.innoport.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Map;

/** The points of one signed sheet, by criterion code. */
public record SheetScores(Map<String, BigDecimal> points) {

    public SheetScores {
        points = Map.copyOf(points);
    }

    public BigDecimal total() {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal of(String code) {
        return points.getOrDefault(code, BigDecimal.ZERO);
    }
}
