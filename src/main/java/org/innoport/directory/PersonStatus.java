package org.innoport.directory;

/** Life of a person record. MERGED records point at the survivor. */
public enum PersonStatus {
    ACTIVE, MERGED
}
