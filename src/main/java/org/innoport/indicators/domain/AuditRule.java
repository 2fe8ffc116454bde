package org.innoport.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A consistency rule, as data: {@code left} (usually the published figure, read as reported) compared with
 * {@code right} (usually computed from other figures), both in the formula language.
 */
@Entity
@Table(schema = "indicators", name = "audit_rules")
public class AuditRule {

    /** EQUAL: exactly; WITHIN_ROUNDING: within the rounding of the reported figures (or {@code tolerance}). */
    public enum Comparison { EQUAL, WITHIN_ROUNDING, GREATER_THAN, AT_LEAST, AT_MOST }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String kind;
    private String labelVi;
    private String labelEn;
    @Column(name = "left_expr")
    private String left;
    @Column(name = "right_expr")
    private String right;
    @Enumerated(EnumType.STRING)
    private Comparison comparison;
    private BigDecimal tolerance;
    @Version
    private long version;

    protected AuditRule() {
    }

    public AuditRule(String code, String kind, String labelVi, String labelEn, String left, String right,
                     Comparison comparison, BigDecimal tolerance) {
        this.code = code;
        this.kind = kind;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.left = left;
        this.right = right;
        this.comparison = comparison;
        this.tolerance = tolerance;
    }

    public String code() {
        return code;
    }

    public String kind() {
        return kind;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    public String left() {
        return left;
    }

    public String right() {
        return right;
    }

    public Comparison comparison() {
        return comparison;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }
}
