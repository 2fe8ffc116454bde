package org.innoport.directory;

/** Life of an organisation record. MERGED records point at the survivor and keep their history. */
public enum OrganisationStatus {
    ACTIVE, INACTIVE, DISSOLVED, MERGED
}
