package org.innoport.directory;

/** Highest degree: TSKH, TS, ThS, CN (bachelor), KS (engineer), BS (physician), DS (pharmacist), KTS (architect). */
public enum Degree {
    TSKH, TS, THS, CN, KS, BS, DS, KTS, OTHER
}
