package org.innoport.tasks;

/** How a listed task finds its host: open selection among applicants, or direct assignment to one. */
public enum SelectionMode {
    OPEN_SELECTION, DIRECT_ASSIGNMENT
}
