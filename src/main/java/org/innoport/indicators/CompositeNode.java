package org.innoport.indicators;

/**
 * One node of a composite index framework. {@code parent} is null for the index itself; {@code weight} defaults to 1
 * (half weights, 0.5, are common); {@code direction} applies to indicators (default HIGHER); {@code role} to
 * sub-indices (INPUT or OUTPUT).
 */
public record CompositeNode(String code, String parent, CompositeNodeKind kind, String nameVi, String nameEn,
                            Double weight, Direction direction, SubIndexRole role) {

    public double weightOrDefault() {
        return weight == null ? 1.0 : weight;
    }

    public Direction directionOrDefault() {
        return direction == null ? Direction.HIGHER : direction;
    }

    public String name() {
        return nameVi != null && !nameVi.isBlank() ? nameVi : nameEn != null && !nameEn.isBlank() ? nameEn : code;
    }
}
