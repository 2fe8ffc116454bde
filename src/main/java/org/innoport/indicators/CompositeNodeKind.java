package org.innoport.indicators;

/** The levels of a composite index tree, top down; a child sits at a deeper level than its parent. */
public enum CompositeNodeKind { INDEX, SUB_INDEX, PILLAR, SUB_PILLAR, INDICATOR }
