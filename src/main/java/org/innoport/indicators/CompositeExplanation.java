package org.innoport.indicators;

import java.util.List;
import java.util.UUID;

/**
 * One unit's scores explained: every node top down ({@code depth} for indentation) with its score and rank, its
 * weight renormalised over the siblings the unit has scores for, and its contribution to its parent's score (the
 * contributions of a node's children add up to its score). After a "what if", {@code before*} hold the stored run's
 * figures.
 */
public record CompositeExplanation(UUID frameworkId, UUID runId, String unit, String unitName, List<Row> rows,
                                   Double efficiency, Integer efficiencyRank, Double efficiencyBefore,
                                   String changedIndicator, Double changedValue) {

    public record Row(String code, String name, String nameEn, CompositeNodeKind kind, int depth, Double score, Integer rank,
                      Double share, Double contribution, Double raw, Double treated, Double published,
                      Double scoreBefore, Integer rankBefore) {

        /** The English name when asked for and there is one, else the Vietnamese one (or the code). */
        public String name(String language) {
            return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    public Row root() {
        return rows.getFirst();
    }
}
