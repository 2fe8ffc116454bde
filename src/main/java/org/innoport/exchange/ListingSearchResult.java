package org.innoport.exchange;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with facet counts (facet name → value → count) over the whole result.
 *
 * @param exact false when {@code total} is a lower bound (very common words on very large indexes)
 */
public record ListingSearchResult(List<ListingView> items, int page, int size, long total, boolean exact,
                                  Map<String, Map<String, Long>> facets) {

    public int totalPages() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
