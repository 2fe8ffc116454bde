package org.innoport.evaluation;

import java.math.BigDecimal;

/**
 * The mean of one criterion over the valid sheets of a dossier.
 *
 * @param code the criterion code
 * @param name the criterion's name (Vietnamese)
 * @param maxPoints the criterion's maximum points
 * @param mean the mean points, scale 2 HALF_UP
 */
public record CriterionScore(String code, String name, int maxPoints, BigDecimal mean) {
}
