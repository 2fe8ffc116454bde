package org.innoport.evaluation;

import java.time.LocalDate;
import java.util.UUID;

/** A council in a list. */
public record CouncilSummary(UUID id, CouncilType type, String name, String decisionNumber, LocalDate decisionDate,
                             CouncilSubject subject, CouncilState state, int members, int dossiers) {
}
