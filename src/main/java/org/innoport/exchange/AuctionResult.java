package org.innoport.exchange;

import java.util.UUID;

/**
 * The result of an auction as computed from its bid log alone.
 *
 * @param winnerRegistrationId null unless SOLD
 * @param priceVnd the winning amount, null unless SOLD
 * @param winningSeq the sequence number of the winning bid, null unless SOLD
 */
public record AuctionResult(AuctionOutcome outcome, UUID winnerRegistrationId, UUID winnerOrganisationId,
                            Long priceVnd, Integer winningSeq, int bids) {
}
