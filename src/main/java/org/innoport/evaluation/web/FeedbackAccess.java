package org.innoport.evaluation.web;

import java.util.List;
import java.util.UUID;
import org.innoport.evaluation.DossierSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Asks the dossiers' owning modules whether the caller may read a dossier's feedback. */
@Component
class FeedbackAccess {

    private final List<DossierSource> sources;

    FeedbackAccess(List<DossierSource> sources) {
        this.sources = sources;
    }

    void require(UUID dossierId, Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || sources.stream().noneMatch(s -> s.mayReadFeedback(dossierId, authentication.getName()))) {
            throw new AccessDeniedException("feedback");
        }
    }
}
