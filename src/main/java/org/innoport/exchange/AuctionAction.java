package org.innoport.exchange;

/** Commands that move an auction between {@link AuctionStatus}es. */
public enum AuctionAction {
    OPEN_REGISTRATION, START, FAIL, BID, CLOSE, CANCEL
}
