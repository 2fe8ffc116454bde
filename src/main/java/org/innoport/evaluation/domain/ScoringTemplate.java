package org.innoport.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.scoring.Criterion;

/** Reference data: a scoring template shipped with the application (see the evaluation migrations). */
@Entity
@Table(name = "scoring_template", schema = "evaluation")
public class ScoringTemplate {

    @Id
    private UUID id;
    private String code;
    @Enumerated(EnumType.STRING)
    private CouncilType councilType;
    private String nameVi;
    private String nameEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "template_criterion", schema = "evaluation", joinColumns = @JoinColumn(name = "template_id"))
    private List<CriterionEntry> criteria = new ArrayList<>();

    protected ScoringTemplate() {
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CouncilType getCouncilType() {
        return councilType;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public List<Criterion> criteria() {
        return criteria.stream().sorted(Comparator.comparingInt(CriterionEntry::getPosition))
                .map(CriterionEntry::toCriterion).toList();
    }
}
