package org.innoport.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.search.ListingText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public search over published listings: Vietnamese text, filters, sort and facets with counts. */
@Service
public class ListingSearch {

    /** Past this many hits the total is a lower bound, so that common words stay fast on large indexes. */
    static final int TOTAL_HIT_THRESHOLD = 10_000;

    private static final String[] FACETS = {"kind", "category", "field", "ipStatus", "location"};

    @PersistenceContext
    private EntityManager entityManager;

    private final Listings listings;

    ListingSearch(Listings listings) {
        this.listings = listings;
    }

    /** One page of hits with facet counts. */
    @Transactional(readOnly = true)
    public ListingSearchResult search(ListingQuery query, int page, int size) {
        return search(query, page, size, true);
    }

    /**
     * One page of hits; facet counts only when {@code withFacets} (counting them visits every matching listing, which
     * costs far more than the ranked page on large results), otherwise an empty facet map.
     */
    @Transactional(readOnly = true)
    public ListingSearchResult search(ListingQuery query, int page, int size, boolean withFacets) {
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        AggregationKey<Map<Integer, Long>> trlKey = AggregationKey.of("trl");
        var step = Search.session(entityManager).search(Listing.class)
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(ListingStatus.PUBLISHED));
                    if (query.hasText()) {
                        root.add(ListingText.predicate(f, query.q()));
                    }
                    if (query.kind() != null) {
                        root.add(f.match().field("kind").matching(query.kind()));
                    }
                    if (query.category() != null) {
                        root.add(f.match().field("category").matching(query.category()));
                    }
                    if (query.field() != null && !query.field().isBlank()) {
                        root.add(f.match().field("field").matching(query.field().strip()));
                    }
                    if (query.trlMin() != null || query.trlMax() != null) {
                        root.add(f.range().field("trl").between(query.trlMin(), query.trlMax()));
                    }
                    if (query.ipStatus() != null) {
                        root.add(f.match().field("ipStatus").matching(query.ipStatus()));
                    }
                    if (query.priceMin() != null || query.priceMax() != null) {
                        root.add(f.range().field("priceVnd").between(query.priceMin(), query.priceMax()));
                    }
                    if (query.location() != null && !query.location().isBlank()) {
                        root.add(f.match().field("location").matching(query.location().strip()));
                    }
                })
                .sort(f -> switch (sortOf(query)) {
                    case "date" -> f.field("publishedAt").desc().then().score();
                    case "price" -> f.field("priceVnd").asc().missing().last().then().score();
                    case "price-desc" -> f.field("priceVnd").desc().missing().last().then().score();
                    default -> f.score().then().field("publishedAt").desc();
                });
        for (String facet : withFacets ? FACETS : new String[0]) {
            AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
            keys.put(facet, key);
            step = step.aggregation(key, f -> f.terms().field(facet, String.class, ValueModel.INDEX).maxTermCount(50));
        }
        if (withFacets) {
            step = step.aggregation(trlKey, f -> f.terms().field("trl", Integer.class).maxTermCount(9));
        }
        SearchResult<Listing> result = step
                .totalHitCountThreshold(TOTAL_HIT_THRESHOLD)
                .fetch(page * size, size);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> facets.put(name, new LinkedHashMap<>(result.aggregation(key))));
        if (withFacets) {
            Map<String, Long> trl = new LinkedHashMap<>();
            new java.util.TreeMap<>(result.aggregation(trlKey)).forEach((level, count) -> trl.put(level.toString(), count));
            facets.put("trl", trl);
        }
        return new ListingSearchResult(listings.views(result.hits()), page, size, result.total().hitCountLowerBound(),
                result.total().isHitCountExact(), facets);
    }

    private static String sortOf(ListingQuery query) {
        if (query.sort() != null && !query.sort().isBlank()) {
            return query.sort();
        }
        return query.hasText() ? "relevance" : "date";
    }
}
