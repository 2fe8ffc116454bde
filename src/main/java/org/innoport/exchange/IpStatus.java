package org.innoport.exchange;

/** Intellectual-property protection of what a listing offers. */
public enum IpStatus {
    PATENT, UTILITY_SOLUTION, PENDING, KNOW_HOW, NONE
}
