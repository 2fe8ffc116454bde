package org.innoport.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.innoport.evaluation.CouncilRefusedException;
import org.innoport.evaluation.scoring.Criterion;
import org.innoport.evaluation.scoring.ScoringRules;
import org.innoport.evaluation.scoring.SheetScores;
import org.innoport.shared.RuleViolationException;

/**
 * One member's score sheet (phiếu đánh giá) for one dossier. Editable by the member until signed; final after (the
 * database refuses any UPDATE or DELETE of a signed sheet too). Never deleted.
 */
@Entity
@Table(name = "score_sheet", schema = "evaluation")
public class ScoreSheet {

    @Id
    private UUID id;
    private UUID councilId;
    private UUID memberId;
    private UUID dossierId;
    private String comment;
    private BigDecimal total;
    private Instant signedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_item", schema = "evaluation", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "points")
    private Map<String, BigDecimal> points = new TreeMap<>();

    protected ScoreSheet() {
    }

    public ScoreSheet(UUID councilId, UUID memberId, UUID dossierId, Instant now) {
        this.id = UUID.randomUUID();
        this.councilId = councilId;
        this.memberId = memberId;
        this.dossierId = dossierId;
        this.total = BigDecimal.ZERO;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void fill(Map<String, BigDecimal> scores, String comment, ScoringRules rules, Instant now) {
        requireUnsigned();
        Map<String, BigDecimal> clean = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Criterion criterion = rules.criterion(e.getKey())
                    .orElseThrow(() -> new RuleViolationException("scores", "evaluation.sheet.unknown-criterion", e.getKey()));
            BigDecimal value = e.getValue().stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            if (!criterion.accepts(value)) {
                throw new RuleViolationException("scores." + e.getKey(), "evaluation.sheet.points-out-of-range",
                        e.getKey(), criterion.maxPoints());
            }
            clean.put(e.getKey(), value);
        }
        points.keySet().retainAll(clean.keySet());
        points.putAll(clean);
        this.comment = comment;
        this.total = new SheetScores(points).total();
        this.updatedAt = now;
    }

    public void sign(ScoringRules rules, Instant now) {
        requireUnsigned();
        if (!rules.criteria().stream().allMatch(c -> points.containsKey(c.code()))) {
            throw new CouncilRefusedException("sheet.incomplete");
        }
        this.signedAt = now;
        this.updatedAt = now;
    }

    public void requireUnsigned() {
        if (signedAt != null) {
            throw new CouncilRefusedException("sheet.signed");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public SheetScores scores() {
        return new SheetScores(points);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCouncilId() {
        return councilId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Map<String, BigDecimal> getPoints() {
        return Map.copyOf(points);
    }
}
