package org.innoport.exchange;

/**
 * A search over published listings: free text {@code q} (with or without diacritics) and optional filters.
 *
 * @param sort {@code relevance} (default with text), {@code date} (newest first, default without text),
 *             {@code price} or {@code price-desc}
 */
public record ListingQuery(String q, ListingKind kind, ListingCategory category, String field, Integer trlMin,
                           Integer trlMax, IpStatus ipStatus, Long priceMin, Long priceMax, String location,
                           String sort) {

    public static ListingQuery text(String q) {
        return new ListingQuery(q, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }
}
