package org.innoport.identity;

/** The roles of DESIGN §1. Anonymous visitors have none (the public). */
public enum Role {
    APPLICANT, EXPERT, OFFICER, LEADER, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
