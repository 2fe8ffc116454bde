package org.innoport.exchange;

/** The auction lifecycle; the transitions are the table in {@code auctions.AuctionTransitions}. */
public enum AuctionStatus {
    DRAFT, REGISTRATION_OPEN, BIDDING, CLOSED, FAILED, CANCELLED
}
