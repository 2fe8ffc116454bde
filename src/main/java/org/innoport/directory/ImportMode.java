package org.innoport.directory;

/** What an import does when some rows are invalid. */
public enum ImportMode {
    /** Any invalid row: nothing is imported. */
    ALL_OR_NOTHING,
    /** Valid rows are imported, invalid rows are reported. */
    VALID_ROWS
}
