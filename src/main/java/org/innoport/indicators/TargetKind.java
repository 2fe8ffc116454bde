package org.innoport.indicators;

/** A level (18 %/year by 2025), a range (52–55 % by 2030), a factor of a base year (2× 2020) or a growth rate (+20 %/year). */
public enum TargetKind { LEVEL, RANGE, FACTOR, GROWTH }
