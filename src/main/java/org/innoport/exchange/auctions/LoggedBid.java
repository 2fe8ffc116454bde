package org.innoport.exchange.auctions;

import java.util.UUID;

/** A bid as the log holds it: everything the result is recomputed from. */
public record LoggedBid(int seq, UUID registrationId, UUID organisationId, long amountVnd) {
}
