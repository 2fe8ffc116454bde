package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/** A saved search: the text and filters re-run against every newly published listing. */
public record SavedSearchView(UUID id, String q, ListingKind kind, ListingCategory category, String field,
                              Instant createdAt) {
}
