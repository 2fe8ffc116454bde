package org.innoport.exchange.auctions;

import java.util.UUID;

/** A batch of bids on the auction was committed (published after the commit, for the live streams). */
public record BidsAccepted(UUID auctionId, int count) {
}
