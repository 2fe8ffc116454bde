package org.innoport.exchange;

import java.util.UUID;

/** A listing became visible (approved or renewed after expiry): saved searches and counterpart owners hear of it. */
public record ListingPublished(UUID listingId) {
}
