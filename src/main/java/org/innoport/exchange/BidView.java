package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/** One accepted bid as acknowledged to its bidder, and as published in the log after close. */
public record BidView(UUID id, UUID auctionId, int seq, UUID organisationId, String organisationName, long amountVnd,
                      Instant placedAt, Instant biddingEndsAt) {
}
