package org.innoport.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The councils of the department: what other modules may ask about council outcomes. */
@Service
public class Councils {

    /** The results of a CLOSED council; 409 {@code state.illegal-transition} if it is not CLOSED. */
    public List<DossierResult> results(UUID councilId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The latest CLOSED council of that subject. */
    public Optional<UUID> closedCouncilFor(CouncilSubject subject) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Aggregated feedback of a dossier after its council closed; the caller checked DossierSource.mayReadFeedback. */
    public ApplicantFeedback feedback(UUID dossierId) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
