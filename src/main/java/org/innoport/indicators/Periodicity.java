package org.innoport.indicators;

/** How often an indicator is measured. */
public enum Periodicity { ANNUAL, MULTI_YEAR, IRREGULAR }
