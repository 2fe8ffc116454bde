package org.innoport.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.innoport.evaluation.scoring.Criterion;

/** A criterion as stored with a template or copied into a council (so later template changes never alter it). */
@Embeddable
public class CriterionEntry {

    private int position;
    private String code;
    @Column(name = "name_vi")
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "max_points")
    private int maxPoints;
    private BigDecimal minimum;
    @Column(name = "tie_break")
    private boolean tieBreak;

    protected CriterionEntry() {
    }

    public CriterionEntry(int position, Criterion c) {
        this.position = position;
        this.code = c.code();
        this.nameVi = c.nameVi();
        this.nameEn = c.nameEn();
        this.maxPoints = c.maxPoints();
        this.minimum = c.minimum();
        this.tieBreak = c.tieBreak();
    }

    public Criterion toCriterion() {
        return new Criterion(code, nameVi, nameEn, maxPoints, minimum, tieBreak);
    }

    public int getPosition() {
        return position;
    }
}
