package org.innoport.indicators;

/** Progress towards a target (DOMAIN.md, after Statistics Canada / Open SDG). */
public enum Rating { ON_TRACK, ACCELERATION_NEEDED, LIMITED_PROGRESS, DETERIORATION, NOT_ENOUGH_DATA }
