package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An auction as the caller may see it: the reserve price only for officers; the current best for an English auction
 * while bidding (never for a sealed one); the result after close.
 *
 * @param now the server's clock, the only clock a countdown uses
 */
public record AuctionView(UUID id, String title, UUID listingId, String lotDescription, UUID auctionOrganisationId,
                          String auctionOrganisationName, AuctionFormat format, long startingPriceVnd, long bidStepVnd,
                          Long reservePriceVnd, long depositVnd, Instant registrationOpensAt,
                          Instant registrationClosesAt, Instant biddingOpensAt, Instant biddingEndsAt,
                          AuctionStatus status, int bidCount, Long bestAmountVnd, Long minimumNextBidVnd,
                          BidderStatus myStatus, AuctionResult result, Instant now, long version) {
}
