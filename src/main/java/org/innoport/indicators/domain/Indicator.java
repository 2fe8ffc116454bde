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
import org.innoport.indicators.Direction;
import org.innoport.indicators.Periodicity;

/** An indicator definition. Entered when {@code formula} is null, otherwise computed on read. */
@Entity
@Table(schema = "indicators", name = "indicators")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameVi;
    private String nameEn;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Periodicity periodicity;
    private String definition;
    private String formula;
    private BigDecimal lowerBound;
    private BigDecimal upperBound;
    @Version
    private long version;

    protected Indicator() {
    }

    /** The formula must have been checked ({@code References.check}) by the caller. */
    public Indicator(String code, String nameVi, String nameEn, String unit, Direction direction,
                     Periodicity periodicity, String definition, String formula, BigDecimal lowerBound,
                     BigDecimal upperBound) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.unit = unit;
        this.direction = direction;
        this.periodicity = periodicity;
        this.definition = definition;
        this.formula = formula == null || formula.isBlank() ? null : formula.strip();
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public Periodicity periodicity() {
        return periodicity;
    }

    public String definition() {
        return definition;
    }

    public String formula() {
        return formula;
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    public BigDecimal upperBound() {
        return upperBound;
    }

    public long version() {
        return version;
    }
}
