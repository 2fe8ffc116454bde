package org.innoport.tasks;

/** State S&T budget, counterpart funds of the host, other sources ("mobilised" = counterpart + other). */
public enum FundingSource {
    STATE_BUDGET, COUNTERPART, OTHER
}
