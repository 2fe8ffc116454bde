package org.innoport.tasks.domain;

/** Lifecycle of an application (DOMAIN.md, task lifecycle step 2). */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, OPENED, VALID, INVALID, SELECTED, NOT_SELECTED, APPRAISED, APPROVED;

    public static final Transitions<ApplicationStatus> TRANSITIONS = Transitions.of(ApplicationStatus.class,
                    "tasks.application.illegal-transition")
            .allow(DRAFT, SUBMITTED)
            .allow(SUBMITTED, WITHDRAWN, OPENED)
            .allow(OPENED, VALID, INVALID)
            .allow(VALID, SELECTED, NOT_SELECTED)
            .allow(SELECTED, APPRAISED)
            .allow(APPRAISED, APPRAISED, APPROVED);

    public void require(ApplicationStatus next) {
        TRANSITIONS.require(this, next);
    }

    /** Whether the council has decided on it (the applicant may then read the feedback). */
    public boolean decided() {
        return this == SELECTED || this == NOT_SELECTED || this == APPRAISED || this == APPROVED;
    }
}
