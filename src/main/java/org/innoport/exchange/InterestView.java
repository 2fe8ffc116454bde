package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/** An expression of interest as the sender, the listing owner and officers see it. */
public record InterestView(UUID id, UUID listingId, String listingTitle, UUID fromOrganisationId,
                           String fromOrganisationName, String fromUsername, String message, InterestStatus status,
                           Instant createdAt, Instant decidedAt, long version) {
}
