package org.innoport.tasks;

/** Research programme by field, or key programme. */
public enum ProgrammeKind {
    RESEARCH, KEY
}
