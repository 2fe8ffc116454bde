package org.innoport.evaluation.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A member's conflict-of-interest declaration on one dossier. Final once made. */
@Embeddable
public class Declaration {

    private UUID memberId;
    private UUID dossierId;
    private boolean conflict;
    private String note;
    private Instant declaredAt;

    protected Declaration() {
    }

    Declaration(UUID memberId, UUID dossierId, boolean conflict, String note, Instant declaredAt) {
        this.memberId = memberId;
        this.dossierId = dossierId;
        this.conflict = conflict;
        this.note = note;
        this.declaredAt = declaredAt;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getNote() {
        return note;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
