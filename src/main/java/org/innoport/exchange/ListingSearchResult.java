package org.innoport.exchange;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with facet counts (facet name → value → count) over the whole result.
 *
 * @param exact             false when {@code total} is a lower bound: the result has more than
 *                          {@link ListingSearch#EXACT_COUNT_LIMIT} listings (common words on a large index), and
 *                          {@code total} is that limit
 * @param facetsApproximate true when the facet counts are estimates for the whole result from a sample of it (results
 *                          larger than {@link ListingSearch#EXACT_COUNT_LIMIT}, rounded to two significant digits);
 *                          false when they are exact counts or when no facets were asked for
 */
public record ListingSearchResult(List<ListingView> items, int page, int size, long total, boolean exact,
                                  Map<String, Map<String, Long>> facets, boolean facetsApproximate) {

    public int totalPages() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
