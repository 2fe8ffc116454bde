package org.innoport.indicators;

/** The result of one consistency check. */
public enum Outcome { PASS, FINDING, NOT_EVALUABLE }
