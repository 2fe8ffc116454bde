package org.innoport.indicators;

/** Whether a higher value is better (most) or a lower one (a rank). */
public enum Direction { HIGHER, LOWER }
