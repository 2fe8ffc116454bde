package org.innoport.exchange;

/** An expression of interest waits for the listing owner, who accepts or declines it. */
public enum InterestStatus {
    SENT, ACCEPTED, DECLINED
}
