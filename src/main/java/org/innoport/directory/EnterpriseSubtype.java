package org.innoport.directory;

/** Ownership of an enterprise. */
public enum EnterpriseSubtype {
    STATE_OWNED, PRIVATE, FDI
}
