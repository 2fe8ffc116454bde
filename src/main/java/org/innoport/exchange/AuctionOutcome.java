package org.innoport.exchange;

/**
 * How a closed auction ended: SOLD to the winner; RESERVE_NOT_MET (best bid below the hidden reserve, no sale);
 * NO_BIDS; FAILED (fewer qualified bidders than the minimum, bidding never started).
 */
public enum AuctionOutcome {
    SOLD, RESERVE_NOT_MET, NO_BIDS, FAILED
}
