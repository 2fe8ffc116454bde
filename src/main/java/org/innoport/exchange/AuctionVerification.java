package org.innoport.exchange;

import java.util.List;
import java.util.UUID;

/**
 * The stored result beside the result recomputed from the bid log alone, and any rule the log breaks.
 *
 * @param consistent the two results are equal and the log breaks no rule
 */
public record AuctionVerification(UUID auctionId, AuctionStatus status, AuctionResult stored, AuctionResult recomputed,
                                  List<String> violations, boolean consistent) {
}
