package org.innoport.exchange;

/** A bidder's registration: REGISTERED until an officer confirms the deposit, then QUALIFIED to bid. */
public enum BidderStatus {
    REGISTERED, QUALIFIED
}
