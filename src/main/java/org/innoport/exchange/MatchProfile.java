package org.innoport.exchange;

import java.util.UUID;

/** What a {@link MatchScorer} may read of a listing: its kind, classification, readiness and text. */
public record MatchProfile(UUID id, ListingKind kind, ListingCategory category, String field, Integer trl,
                           String title, String text, String location) {
}
