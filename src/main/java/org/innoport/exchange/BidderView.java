package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/** A bidder registration with its deposit. */
public record BidderView(UUID id, UUID auctionId, UUID organisationId, String organisationName, BidderStatus status,
                         String depositConfirmedBy, Instant depositConfirmedAt, DepositDisposition depositDisposition,
                         long version) {
}
