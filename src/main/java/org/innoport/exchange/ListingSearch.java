package org.innoport.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.matching.Terms;
import org.innoport.exchange.search.ListingFacets;
import org.innoport.exchange.search.ListingText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public search over published listings: Vietnamese text, filters, sort and facets with counts.
 *
 * <p>Two passes over the index per search. The size of the result and the facets come from a pass that does not
 * score ({@link ListingFacets}): exact up to {@link #EXACT_COUNT_LIMIT} listings, beyond it a lower bound and facet
 * estimates from an evenly spread sample, flagged in the result. The page itself, when ranked by relevance, comes from
 * a two-step ranking that gives the same page as ranking every hit by the full score ({@link ListingText#predicate})
 * but does not have to score every hit of common words: first the best {@link #CANDIDATES} listings by a flat
 * disjunction of the same terms ({@link ListingText#anyTerm}, which Lucene's dynamic pruning handles well), then the
 * full score of those only. Because the flat score of any listing is at least its full score, every listing outside
 * the candidates scores at most the last candidate's flat score; when the page's last listing scores more than that,
 * the page is the exact one. Otherwise (few candidates pass the filters, or the scores are too close) it tries once
 * more with four times the candidates, then the full ranking runs, as it does for the other sort orders, for deep
 * pages and for results up to {@link #TWO_STEP_FROM} listings.
 */
@Service
public class ListingSearch {

    /** Results are counted exactly up to this many listings; beyond it the total is a lower bound (this number). */
    public static final int EXACT_COUNT_LIMIT = 10_000;
    /**
     * Results larger than this are ranked in two steps; up to it, scoring every hit is as cheap (the result is counted
     * first, in the pass that counts the facets).
     */
    static final int TWO_STEP_FROM = EXACT_COUNT_LIMIT;
    /** Listings re-scored by the two-step ranking at least (4 pages of 20), more when filters leave fewer of them. */
    static final int CANDIDATES = 100;
    /** Beyond this many candidates (deep pages, selective filters) the full ranking runs instead. */
    static final int MAX_CANDIDATES = 2_000;

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

    /** One page of hits; facet counts only when {@code withFacets}, otherwise an empty facet map. */
    @Transactional(readOnly = true)
    public ListingSearchResult search(ListingQuery query, int page, int size, boolean withFacets) {
        return search(query, page, size, withFacets, Ranking.AUTO);
    }

    /** How the page of a search by relevance is ranked. */
    public enum Ranking {
        /** In two steps when the result is larger than {@link #TWO_STEP_FROM} listings, else every hit scored. */
        AUTO,
        /** In two steps whenever it can tell the exact page (tests), else every hit scored. */
        TWO_STEP,
        /** Every hit scored (the reference the benchmark compares the pages with). */
        FULL
    }

    /** As {@link #search(ListingQuery, int, int, boolean)}, with the ranking chosen. */
    @Transactional(readOnly = true)
    public ListingSearchResult search(ListingQuery query, int page, int size, boolean withFacets, Ranking ranking) {
        var session = Search.session(entityManager);
        ListingFacets.Counts counts;
        List<Listing> hits = null;
        try (IndexReader reader = session.scope(Listing.class).extension(LuceneExtension.get()).openIndexReader()) {
            counts = ListingFacets.count(reader, ListingFacets.query(query, terms.foldedAnalyzer()), withFacets,
                    EXACT_COUNT_LIMIT);
            int end = page * size + size;
            boolean large = !counts.exact() || counts.total() > TWO_STEP_FROM;
            if (query.hasText() && "relevance".equals(sortOf(query)) && counts.total() >= end
                    && (ranking == Ranking.TWO_STEP || ranking == Ranking.AUTO && large)) {
                hits = twoStep(session, reader, query, page, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (hits == null) {
            hits = session.search(Listing.class)
                    .where(f -> predicate(f, query, null))
                    .sort(f -> sort(f, query))
                    .totalHitCountThreshold(page * size + size)
                    .fetchHits(page * size, size);
        }
        return new ListingSearchResult(listings.views(hits), page, size, counts.total(), counts.exact(),
                withFacets ? counts.facets() : Map.of(), counts.approximate());
    }

    /** The ids of a page by the two-step ranking alone, or null when it cannot tell the exact page (tests). */
    @Transactional(readOnly = true)
    List<UUID> twoStepPage(ListingQuery query, int page, int size) {
        var session = Search.session(entityManager);
        try (IndexReader reader = session.scope(Listing.class).extension(LuceneExtension.get()).openIndexReader()) {
            List<Listing> hits = twoStep(session, reader, query, page, size);
            return hits == null ? null : hits.stream().map(Listing::getId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page by the two-step ranking (see the class comment), or null when it cannot tell the exact page. */
    private List<Listing> twoStep(SearchSession session, IndexReader reader, ListingQuery query, int page, int size)
            throws IOException {
        double share = filterShare(reader, query);
        double wanted = Math.max(CANDIDATES, 4.0 * (page * size + size)) / share;
        Query any = ListingText.anyTerm(query.q(), terms.foldedAnalyzer(), terms.exactAnalyzer(),
                terms.shingleAnalyzer());
        if (any == null) {
            return null;
        }
        // when the scores are too close to tell, once more with four times the candidates (a looser bound)
        for (long n = (long) Math.ceil(wanted); n <= MAX_CANDIDATES; n *= 4) {
            int candidates = (int) n;
            List<List<?>> first = session.search(Listing.class)
                    .select(f -> f.composite().from(f.id(UUID.class), f.score()).asList())
                    .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(any))
                    .totalHitCountThreshold(candidates)
                    .fetchHits(candidates);
            // every listing outside the candidates scores at most this (0: every listing with a query term is one)
            boolean all = first.size() < candidates;
            float bound = all ? 0f : (Float) first.get(first.size() - 1).get(1);
            List<UUID> ids = first.stream().map(hit -> (UUID) hit.get(0)).toList();
            List<List<?>> second = session.search(Listing.class)
                    .select(f -> f.composite().from(f.score(), f.id(UUID.class)).asList())
                    .where(f -> predicate(f, query, ids))
                    .sort(f -> sort(f, query))
                    .totalHitCountThreshold(page * size + size)
                    .fetchHits(page * size, size);
            // strictly above, with a margin for the different order of float additions of the two queries
            if (second.size() == size && (Float) second.get(size - 1).get(0) > bound + Math.ulp(bound) * 64) {
                List<UUID> page1 = second.stream().map(hit -> (UUID) hit.get(1)).toList();
                Map<UUID, Listing> loaded = new java.util.HashMap<>();
                entityManager.createQuery("select l from Listing l where l.id in :ids", Listing.class)
                        .setParameter("ids", page1).getResultList().forEach(l -> loaded.put(l.getId(), l));
                return page1.stream().map(loaded::get).toList();
            }
            if (all) {
                return null;
            }
        }
        return null;
    }

    /** Rough share of the index the keyword filters keep (independent filters assumed; a range keeps half). */
    private static double filterShare(IndexReader reader, ListingQuery query) throws IOException {
        double share = 1;
        int docs = Math.max(1, reader.numDocs());
        for (String[] filter : new String[][] {
                {"kind", query.kind() == null ? null : query.kind().name()},
                {"category", query.category() == null ? null : query.category().name()},
                {"field", blankToNull(query.field())},
                {"ipStatus", query.ipStatus() == null ? null : query.ipStatus().name()},
                {"location", blankToNull(query.location())}}) {
            if (filter[1] != null) {
                share *= Math.max(1, reader.docFreq(new Term(filter[0], filter[1]))) / (double) docs;
            }
        }
        if (query.trlMin() != null || query.trlMax() != null) {
            share /= 2;
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            share /= 2;
        }
        return share;
    }

    /** The text (scoring) and the filters (not scoring, so that a hit's score is its text score). */
    private static <SR> PredicateFinalStep predicate(TypedSearchPredicateFactory<SR> f, ListingQuery query, List<UUID> only) {
        var bool = f.bool().filter(f.match().field("status").matching(ListingStatus.PUBLISHED));
        if (query.hasText()) {
            bool = bool.must(ListingText.predicate(f, query.q()));
        }
        if (query.kind() != null) {
            bool = bool.filter(f.match().field("kind").matching(query.kind()));
        }
        if (query.category() != null) {
            bool = bool.filter(f.match().field("category").matching(query.category()));
        }
        if (blankToNull(query.field()) != null) {
            bool = bool.filter(f.match().field("field").matching(query.field().strip()));
        }
        if (query.trlMin() != null || query.trlMax() != null) {
            bool = bool.filter(f.range().field("trl").between(query.trlMin(), query.trlMax()));
        }
        if (query.ipStatus() != null) {
            bool = bool.filter(f.match().field("ipStatus").matching(query.ipStatus()));
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            bool = bool.filter(f.range().field("priceVnd").between(query.priceMin(), query.priceMax()));
        }
        if (blankToNull(query.location()) != null) {
            bool = bool.filter(f.match().field("location").matching(query.location().strip()));
        }
        if (only != null) {
            bool = bool.filter(f.id().matchingAny(only));
        }
        return bool;
    }

    private static <SR> SortFinalStep sort(TypedSearchSortFactory<SR> f, ListingQuery query) {
        return switch (sortOf(query)) {
            case "date" -> f.field("publishedAt").desc().then().score();
            case "price" -> f.field("priceVnd").asc().missing().last().then().score();
            case "price-desc" -> f.field("priceVnd").desc().missing().last().then().score();
            default -> f.score().then().field("publishedAt").desc();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sortOf(ListingQuery query) {
        if (query.sort() != null && !query.sort().isBlank()) {
            return query.sort();
        }
        return query.hasText() ? "relevance" : "date";
    }
}
