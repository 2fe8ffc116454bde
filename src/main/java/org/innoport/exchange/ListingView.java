package org.innoport.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing as the API and pages show it. {@code contact} is null for anonymous visitors.
 *
 * @param version for optimistic locking: PUT and actions send it back
 */
public record ListingView(UUID id, ListingKind kind, ListingCategory category, ListingStatus status, String title,
                          String summary, String description, String field, List<String> keywords, Integer trl,
                          IpStatus ipStatus, PriceKind priceKind, Long priceVnd, String terms, String location,
                          Contact contact, UUID ownerOrganisationId, String ownerOrganisationName, boolean sample,
                          String returnReasons, Instant publishedAt, Instant expiresAt, Instant closedAt,
                          Long dealValueVnd, Instant createdAt, Instant updatedAt, List<ListingFile> files,
                          long version) {

    /** Who to talk to; shown to signed-in users only. */
    public record Contact(String name, String email, String phone) {
    }

    /** An image or attachment in the platform file store. */
    public record ListingFile(UUID fileId, String name, String contentType, long size, boolean image) {
    }

    public boolean published() {
        return status == ListingStatus.PUBLISHED;
    }
}
