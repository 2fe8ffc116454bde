package org.innoport.indicators;

/** How exact a published figure is ("more than 3,500" is MORE_THAN 3500). */
public enum Qualifier { EXACT, ABOUT, AT_LEAST, MORE_THAN }
