package org.innoport.evaluation;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.UUID;

/**
 * Who attends the meeting (member IDs), which absent reviewers sent a written review, and whether the chair
 * authorised the vice-chair in writing.
 */
public record Attendance(@NotNull Set<UUID> present, Set<UUID> writtenReviews, Boolean viceChairAuthorised) {

    public Attendance {
        present = Set.copyOf(present == null ? Set.of() : present);
        writtenReviews = Set.copyOf(writtenReviews == null ? Set.of() : writtenReviews);
        viceChairAuthorised = Boolean.TRUE.equals(viceChairAuthorised);
    }
}
