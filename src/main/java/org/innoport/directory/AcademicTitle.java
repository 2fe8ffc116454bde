package org.innoport.directory;

/** Giáo sư, Phó giáo sư. */
public enum AcademicTitle {
    GS, PGS
}
