package org.innoport.evaluation;

/**
 * Legal roles of a council member. Selection and acceptance councils have exactly one chair, two reviewers and one
 * scientific secretary, at most one vice-chair. The administrative secretary is an officer, not a member.
 */
public enum CouncilRole {
    CHAIR(1, 1),
    VICE_CHAIR(0, 1),
    REVIEWER(2, 2),
    SCIENTIFIC_SECRETARY(1, 1),
    MEMBER(0, Integer.MAX_VALUE);

    private final int required;
    private final int maximum;

    CouncilRole(int required, int maximum) {
        this.required = required;
        this.maximum = maximum;
    }

    /** How many members must hold this role when the council convenes. */
    public int required() {
        return required;
    }

    /** How many members may hold this role. */
    public int maximum() {
        return maximum;
    }
}
