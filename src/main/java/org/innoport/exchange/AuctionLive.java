package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * The live state of an auction as one viewer sees it, pushed on the auction's stream: the current best (English;
 * a sealed auction's only after close), the bid count, the status, the server's clock {@code now} and the (possibly
 * extended) end, from which the client computes its countdown; and the viewer's own standing (null for a viewer who
 * acts for no organisation, such as an officer).
 */
public record AuctionLive(UUID auctionId, AuctionStatus status, AuctionFormat format, Long bestAmountVnd,
                          Long minimumNextBidVnd, int bidCount, Instant now, Instant biddingEndsAt,
                          BidderStanding standing, AuctionOutcome outcome, Long priceVnd, long version) {
}
