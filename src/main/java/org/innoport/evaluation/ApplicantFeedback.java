package org.innoport.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Applicant's view: aggregated scores and comments, NEVER member names or per-member scores. */
public record ApplicantFeedback(UUID dossierId, BigDecimal mean, boolean passed, List<CriterionScore> criteria,
                                List<String> comments) {
}
