package org.innoport.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Result of one dossier after the council closed. mean: mean of the valid (signed) sheets of members present,
 * scale 2 HALF_UP. passed: mean >= pass mark (70 default) and every criterion minimum met by the criterion mean.
 * rankInGroup: 1 = best passing in its group (ties broken by the template's tie-break criterion mean; still tied =>
 * same rank). Failing dossiers are ranked after passing ones.
 * rating: only for ACCEPTANCE councils (EXCELLENT / PASS / FAIL per DOMAIN.md), null otherwise.
 */
public record DossierResult(UUID dossierId, UUID groupId, int validSheets, BigDecimal mean, boolean passed,
                            BigDecimal tieBreakMean, int rankInGroup, String rating, List<CriterionScore> criteria) {
}
