package org.innoport.evaluation.domain;

/** Whether a dossier is open to a member. */
public enum DossierAccess {
    /** The member is affiliated with the host organisation or on the team: blocked automatically. */
    BLOCKED_AFFILIATION,
    /** The member declared a conflict of interest. */
    BLOCKED_DECLARED,
    /** The member has not declared yet: the dossier stays closed to them. */
    UNDECLARED,
    /** Declared no conflict and not blocked. */
    OPEN;

    public boolean blocked() {
        return this == BLOCKED_AFFILIATION || this == BLOCKED_DECLARED;
    }
}
