package org.innoport.indicators;

/** Where a value comes from: published, estimated by staff, or computed by a formula (never stored). */
public enum ValueStatus { REPORTED, ESTIMATED, COMPUTED }
