package org.innoport.exchange;

/** ENGLISH: open ascending bids (<em>default</em>); SEALED: hidden first-price bids revealed at close. */
public enum AuctionFormat {
    ENGLISH, SEALED
}
