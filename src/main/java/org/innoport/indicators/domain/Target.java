package org.innoport.indicators.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.innoport.indicators.TargetKind;
import org.innoport.shared.RuleViolationException;

/** A target on an indicator, linked to the commitment of a policy document that states it. */
@Entity
@Table(schema = "indicators", name = "targets")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private Long indicatorId;
    @Enumerated(EnumType.STRING)
    private TargetKind kind;
    private Integer targetYear;
    private BigDecimal value;
    private BigDecimal valueMin;
    private BigDecimal valueMax;
    private Integer baseYear;
    private BigDecimal factor;
    private BigDecimal growthPct;
    private String documentNumber;
    private String commitmentCode;
    private String quote;
    @Version
    private long version;

    protected Target() {
    }

    public Target(String code, Indicator indicator, TargetSpec spec, String documentNumber, String commitmentCode,
                  String quote) {
        this.code = code;
        revise(indicator, spec, documentNumber, commitmentCode, quote);
    }

    /** Corrects what the target says and where it comes from; its code stays. */
    public void revise(Indicator indicator, TargetSpec spec, String documentNumber, String commitmentCode, String quote) {
        spec.validate();
        this.indicatorId = indicator.id();
        this.kind = spec.kind();
        this.targetYear = spec.year();
        this.value = spec.value();
        this.valueMin = spec.valueMin();
        this.valueMax = spec.valueMax();
        this.baseYear = spec.baseYear();
        this.factor = spec.factor();
        this.growthPct = spec.growthPct();
        this.documentNumber = documentNumber;
        this.commitmentCode = commitmentCode;
        this.quote = quote;
    }

    public TargetSpec spec() {
        return new TargetSpec(kind, targetYear, value, valueMin, valueMax, baseYear, factor, growthPct);
    }

    public String code() {
        return code;
    }

    public Long indicatorId() {
        return indicatorId;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String commitmentCode() {
        return commitmentCode;
    }

    public String quote() {
        return quote;
    }

    public long version() {
        return version;
    }

    /** The numbers of a target; {@link #validate} says which ones each kind needs. */
    public record TargetSpec(TargetKind kind, Integer year, BigDecimal value, BigDecimal valueMin, BigDecimal valueMax,
                             Integer baseYear, BigDecimal factor, BigDecimal growthPct) {

        public void validate() {
            boolean ok = switch (kind) {
                case LEVEL -> year != null && value != null;
                case RANGE -> year != null && valueMin != null && valueMax != null && valueMin.compareTo(valueMax) <= 0;
                case FACTOR -> year != null && baseYear != null && factor != null && baseYear < year
                        && factor.signum() > 0;
                case GROWTH -> growthPct != null;
            };
            if (!ok) {
                throw new RuleViolationException("kind", "indicators.target.incomplete." + kind.name());
            }
        }
    }
}
