package org.innoport.evaluation;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A member's conflict-of-interest declaration: on one dossier, or on every dossier not yet declared when
 * {@code dossierId} is null. A conflict needs a note.
 */
public record NewDeclaration(UUID dossierId, Boolean conflict, @Size(max = 2000) String note) {

    public NewDeclaration {
        conflict = Boolean.TRUE.equals(conflict);
    }
}
