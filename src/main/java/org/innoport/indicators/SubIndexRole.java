package org.innoport.indicators;

/** Whether a sub-index gathers the input pillars (means) or the output pillars (results) of an innovation index. */
public enum SubIndexRole { INPUT, OUTPUT }
