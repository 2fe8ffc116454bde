package org.innoport.evaluation;

import java.util.List;
import java.util.UUID;

/** SPI: a module whose dossiers councils evaluate registers a Spring bean implementing this. */
public interface DossierSource {

    boolean supports(String subjectKind);

    /** The dossiers to evaluate now (e.g. only VALID applications of a call, only VALID proposals of a round). */
    List<Dossier> dossiers(CouncilSubject subject);

    /** Who may read a dossier's feedback: tasks answers true for staff and the dossier's own organisation. */
    boolean mayReadFeedback(UUID dossierId, String username);
}
