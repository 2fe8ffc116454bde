package org.innoport.evaluation;

/** What a council decides: identifying tasks, selecting applications, or accepting a finished task. */
public enum CouncilType {
    IDENTIFICATION,
    SELECTION,
    ACCEPTANCE
}
