package org.innoport.evaluation.scoring;

import java.util.List;
import java.util.UUID;

/** The valid sheets of one dossier: signed, by members present and not blocked from it. */
public record DossierSheets(UUID dossierId, UUID groupId, List<SheetScores> validSheets) {

    public DossierSheets {
        validSheets = List.copyOf(validSheets);
    }
}
