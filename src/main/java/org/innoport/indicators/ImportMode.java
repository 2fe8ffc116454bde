package org.innoport.indicators;

/** What an import does when some rows are wrong. */
public enum ImportMode {
    /** Nothing is stored when any row is wrong (the default). */
    ALL_OR_NOTHING,
    /** The valid rows are stored; the wrong ones are reported. */
    VALID_ROWS
}
