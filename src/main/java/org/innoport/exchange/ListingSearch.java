package org.innoport.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.matching.Terms;
import org.innoport.exchange.search.ListingFacets;
import org.innoport.exchange.search.ListingText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public search over published listings: Vietnamese text, filters, sort and facets with counts. */
@Service
public class ListingSearch {

    /** Past this many hits the total is a lower bound, so that common words stay fast on large indexes. */
    static final int TOTAL_HIT_THRESHOLD = 10_000;

    @PersistenceContext
    private EntityManager entityManager;

    private final Listings listings;
    private final Terms terms;

    ListingSearch(Listings listings, Terms terms) {
        this.listings = listings;
        this.terms = terms;
    }

    /** One page of hits with facet counts. */
    @Transactional(readOnly = true)
    public ListingSearchResult search(ListingQuery query, int page, int size) {
        return search(query, page, size, true);
    }

    /**
     * One page of hits; facet counts only when {@code withFacets}, otherwise an empty facet map. The facets are
     * counted in a separate pass that does not score ({@link ListingFacets}), so that the ranked query only has to
     * find the best page (Lucene skips hits that cannot reach it) and the count is exact.
     */
    @Transactional(readOnly = true)
    public ListingSearchResult search(ListingQuery query, int page, int size, boolean withFacets) {
        var session = Search.session(entityManager);
        SearchResult<Listing> result = session.search(Listing.class)
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
                })
                .totalHitCountThreshold(withFacets ? page * size + size : TOTAL_HIT_THRESHOLD)
                .fetch(page * size, size);
        if (!withFacets) {
            return new ListingSearchResult(listings.views(result.hits()), page, size,
                    result.total().hitCountLowerBound(), result.total().isHitCountExact(), Map.of());
        }
        ListingFacets.Counts counts;
        try (IndexReader reader = session.scope(Listing.class).extension(LuceneExtension.get()).openIndexReader()) {
            counts = ListingFacets.count(reader, ListingFacets.query(query, terms.foldedAnalyzer()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListingSearchResult(listings.views(result.hits()), page, size, counts.total(), true,
                counts.facets());
    }

    private static String sortOf(ListingQuery query) {
        if (query.sort() != null && !query.sort().isBlank()) {
            return query.sort();
        }
        return query.hasText() ? "relevance" : "date";
    }
}
