package org.innoport.exchange;

/** What came of a connection session. */
public enum SessionOutcome {
    NO_DEAL, MOU, CONTRACT
}
