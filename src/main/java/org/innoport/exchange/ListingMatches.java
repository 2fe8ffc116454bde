package org.innoport.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.exchange.MatchScorer.MatchPair;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.exchange.matching.MatchQueries;
import org.innoport.exchange.matching.Terms;
import org.innoport.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching: for a request the ranked published offers, for an offer the ranked published requests. Candidates come
 * from the index: the best {@link #CANDIDATES} counterparts that share one of the listing's rarest two-syllable
 * phrases, scored by BM25 over title, summary, description and keywords with the listing's informative terms, plus its
 * phrases and a bonus for the same field ({@link MatchQueries}); when fewer than asked for share a phrase, those
 * sharing an informative term; when still fewer, the newest of the same field, then of a compatible category. Each
 * {@link MatchScorer} then scores them and the weighted mean ranks them. Reasons (shared terms, same field, TRL fit…)
 * are worked out for the returned matches only.
 */
@Service
public class ListingMatches {

    /** Candidates re-ranked per query. */
    static final int CANDIDATES = 100;
    /** Terms considered from the listing's text (title and keywords first). */
    static final int QUERY_TERMS = 40;
    /** Of those, the most informative (rarest in the index, like Lucene's MoreLikeThis) make the query. */
    static final int INFORMATIVE_TERMS = 12;
    /** Two-syllable phrases that select the candidates (the rarest of the listing's). */
    static final int INFORMATIVE_PHRASES = 12;
    /** Listings sharing a phrase that are scored in full (those sharing the most and rarest phrases). */
    static final int PHRASE_CANDIDATES = 200;
    /** Most listings those phrases may select together (sum of their document frequencies). */
    static final int PHRASE_POSTINGS = 4_000;
    /** Retrieval boost of the same-field clause; subtracted again to recover the BM25 part of a hit's score. */
    static final float FIELD_BOOST = 3f;
    /** A BM25 at or above this many points counts as a full text match, so that weak best hits do not reach 1. */
    static final double LEXICAL_FLOOR = 12;

    @PersistenceContext
    private EntityManager entityManager;

    private final ListingRepository repository;
    private final Listings listings;
    private final Terms terms;
    private final List<MatchScorer> scorers;

    ListingMatches(ListingRepository repository, Listings listings, Terms terms, List<MatchScorer> scorers) {
        this.repository = repository;
        this.listings = listings;
        this.terms = terms;
        this.scorers = List.copyOf(scorers);
    }

    /** The best {@code limit} counterparts of a listing the caller may see, with reasons. */
    @Transactional(readOnly = true)
    public List<Match> of(UUID id, int limit) {
        listings.get(id);
        Listing listing = repository.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
        return rank(listing, limit, true);
    }

    /** The best counterparts of a listing with reasons, without an access check (notifications, benchmark). */
    @Transactional(readOnly = true)
    public List<Match> rank(Listing listing, int limit, boolean withReasons) {
        MatchProfile source = profile(listing);
        String phraseText = listing.getTitle() + " " + listing.getSummary();
        List<ListingCategory> categories = List.copyOf(listing.getCategory().compatible());
        // Candidates are read from the index (projections), not loaded; only the returned matches are loaded. The
        // filters do not score, so a hit's score is its BM25 plus the field boost, which is subtracted again.
        List<Raw> candidates = new ArrayList<>();
        var session = Search.session(entityManager);
        try (IndexReader reader = session.scope(Listing.class).extension(LuceneExtension.get()).openIndexReader()) {
            String queryText = queryText(listing, reader);
            Query text = queryText.isBlank() ? null : MatchQueries.text(terms.foldedAnalyzer(), queryText);
            Query phraseQuery = MatchQueries.phrases(terms.shingleAnalyzer(), phraseText);
            Query fieldQuery = MatchQueries.field(listing.getField(), FIELD_BOOST);
            Query filter = MatchQueries.filter(ListingStatus.PUBLISHED.name(), listing.getKind().counterpart().name());
            List<String> phrases = informativePhrases(listing, reader);
            if (!phrases.isEmpty()) {
                // two steps: the listings sharing the most (and rarest) of the phrases, cheap to find; then the full
                // score of those only, so that the many common terms of the scoring query are not evaluated on every
                // listing that shares a phrase
                List<UUID> sharing = new ArrayList<>();
                session.search(Listing.class)
                        .select(f -> f.id(UUID.class))
                        .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(
                                MatchQueries.byPhrases(phrases, filter)))
                        .totalHitCountThreshold(PHRASE_CANDIDATES)
                        .fetchHits(PHRASE_CANDIDATES)
                        .forEach(sharing::add);
                if (!sharing.isEmpty()) {
                    Query scoring = MatchQueries.scoring(text, phraseQuery, fieldQuery);
                    candidates(f -> f.bool()
                            .filter(f.id().matchingAny(sharing))
                            .should(f.extension(LuceneExtension.get()).fromLuceneQuery(scoring)), listing, candidates);
                }
            }
            if (candidates.size() < limit && (text != null || phraseQuery != null)) {
                // few counterparts share a phrase: those sharing one of the informative terms or of the phrases of
                // the title and summary, as before
                Query byTerms = MatchQueries.byTerms(text, phraseQuery, fieldQuery, filter);
                candidates(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(byTerms), listing, candidates);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (candidates.size() < limit) {
            // few text matches: fill with the newest listings of the same field, then of a compatible category
            java.util.Set<UUID> seen = new java.util.HashSet<>();
            candidates.forEach(c -> seen.add(c.id()));
            fill(listing, true, categories, seen, candidates);
            fill(listing, false, categories, seen, candidates);
        }
        double best = Math.max(LEXICAL_FLOOR, candidates.stream().mapToDouble(Raw::bm25).max().orElse(0));
        List<Scored> scored = new ArrayList<>();
        for (Raw raw : candidates) {
            MatchProfile candidate = new MatchProfile(raw.id(), listing.getKind().counterpart(), raw.category(),
                    raw.field(), raw.trl(), null, null, null);
            MatchPair pair = new MatchPair(source, candidate, raw.bm25() / best, List.of());
            Map<String, Double> components = new LinkedHashMap<>();
            double total = 0;
            double weights = 0;
            for (MatchScorer scorer : scorers) {
                double value = Math.clamp(scorer.score(pair), 0, 1);
                components.put(scorer.name(), round(value));
                total += scorer.weight() * value;
                weights += scorer.weight();
            }
            scored.add(new Scored(pair, weights == 0 ? 0 : total / weights, components));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> top = scored.subList(0, Math.min(limit, scored.size()));
        Map<UUID, Listing> loaded = new java.util.HashMap<>();
        repository.findAllById(top.stream().map(s -> s.pair().candidate().id()).toList())
                .forEach(l -> loaded.put(l.getId(), l));
        List<Listing> found = top.stream().map(s -> loaded.get(s.pair().candidate().id())).toList();
        List<ListingView> views = listings.views(found);
        String sourceText = fullText(listing);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            Scored s = top.get(i);
            List<MatchReason> reasons = new ArrayList<>();
            if (withReasons) {
                Listing candidate = found.get(i);
                MatchPair pair = new MatchPair(s.pair().listing(), profile(candidate), s.pair().lexical(),
                        terms.shared(sourceText, fullText(candidate), 8));
                for (MatchScorer scorer : scorers) {
                    scorer.explain(pair).ifPresent(reasons::add);
                }
            }
            matches.add(new Match(views.get(i), round(s.score()), s.components(), reasons));
        }
        return matches;
    }

    /**
     * Adds the newest published counterparts of the listing's field ({@code sameField}) or else of a compatible
     * category that were not seen yet, with a text score of 0.
     */
    private void fill(Listing listing, boolean sameField, List<ListingCategory> categories, java.util.Set<UUID> seen,
                      List<Raw> candidates) {
        Search.session(entityManager).search(Listing.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.field("field", String.class),
                        f.field("category", ListingCategory.class), f.field("trl", Integer.class)).asList())
                .where(f -> f.bool()
                        .filter(sameField ? f.match().field("field").matching(listing.getField())
                                : f.terms().field("category").matchingAny(categories))
                        .filter(f.match().field("status").matching(ListingStatus.PUBLISHED))
                        .filter(f.match().field("kind").matching(listing.getKind().counterpart()))
                        .mustNot(f.id().matching(listing.getId())))
                .sort(f -> f.field("publishedAt").desc())
                .totalHitCountThreshold(CANDIDATES)
                .fetchHits(CANDIDATES)
                .forEach(hit -> {
                    if (seen.add((UUID) hit.get(0))) {
                        candidates.add(new Raw((UUID) hit.get(0), 0, (String) hit.get(1),
                                (ListingCategory) hit.get(2), (Integer) hit.get(3)));
                    }
                });
    }

    /** Adds the best {@link #CANDIDATES} hits of {@code query} not already among the candidates. */
    private void candidates(java.util.function.Function<? super org.hibernate.search.engine.search.predicate.dsl
            .TypedSearchPredicateFactory<?>, ? extends org.hibernate.search.engine.search.predicate.dsl
            .PredicateFinalStep> query, Listing listing, List<Raw> candidates) {
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        candidates.forEach(c -> seen.add(c.id()));
        Search.session(entityManager).search(Listing.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score(), f.field("field", String.class),
                        f.field("category", ListingCategory.class), f.field("trl", Integer.class)).asList())
                .where(query)
                .totalHitCountThreshold(CANDIDATES)
                .fetchHits(CANDIDATES)
                .forEach(hit -> {
                    UUID id = (UUID) hit.get(0);
                    if (!id.equals(listing.getId()) && seen.add(id)) {
                        String field = (String) hit.get(2);
                        double text = (Float) hit.get(1) - (Objects.equals(listing.getField(), field) ? FIELD_BOOST : 0);
                        candidates.add(new Raw(id, Math.max(0, text), field, (ListingCategory) hit.get(3),
                                (Integer) hit.get(4)));
                    }
                });
    }

    /**
     * The listing's rarest two-syllable phrases (title, keywords, summary, description; without stop words), at
     * most {@link #INFORMATIVE_PHRASES} and together found in at most {@link #PHRASE_POSTINGS} listings, so that the
     * candidates to score stay few on any index size.
     */
    private List<String> informativePhrases(Listing listing, IndexReader reader) throws IOException {
        Map<String, Integer> df = new java.util.HashMap<>();
        for (String part : List.of(listing.getTitle(), String.join(" ", listing.keywordList()), listing.getSummary(),
                listing.getDescription() == null ? "" : listing.getDescription())) {
            for (String phrase : terms.phrases(part).keySet()) {
                if (df.size() < QUERY_TERMS && !df.containsKey(phrase)) {
                    int n = reader.docFreq(new Term("title_shingle", phrase))
                            + reader.docFreq(new Term("body_shingle", phrase));
                    if (n > 0) {
                        df.put(phrase, n);
                    }
                }
            }
        }
        List<String> selected = new ArrayList<>();
        long postings = 0;
        for (String phrase : df.keySet().stream().sorted(Comparator.comparingInt(df::get)).toList()) {
            if (selected.size() == INFORMATIVE_PHRASES || postings + df.get(phrase) > PHRASE_POSTINGS) {
                break;
            }
            selected.add(phrase);
            postings += df.get(phrase);
        }
        return selected;
    }

    private String queryText(Listing listing, IndexReader reader) throws IOException {
        List<String> all = new ArrayList<>(candidateTerms(listing));
        if (all.size() <= INFORMATIVE_TERMS) {
            return String.join(" ", all);
        }
        // keep the rarest terms: common words cost the most to evaluate and tell the least about a listing
        Map<String, Integer> df = new java.util.HashMap<>();
        for (String term : all) {
            df.put(term, reader.docFreq(new Term("title", term)) + reader.docFreq(new Term("body", term)));
        }
        List<String> rarest = all.stream().filter(t -> df.get(t) > 0)
                .sorted(Comparator.comparingInt(df::get)).limit(INFORMATIVE_TERMS).toList();
        return String.join(" ", rarest.isEmpty() ? all.subList(0, INFORMATIVE_TERMS) : rarest);
    }

    private java.util.Set<String> candidateTerms(Listing listing) {
        var selected = new java.util.LinkedHashSet<String>();
        for (String part : List.of(listing.getTitle(), String.join(" ", listing.keywordList()), listing.getSummary(),
                listing.getDescription() == null ? "" : listing.getDescription())) {
            for (String term : terms.of(part).keySet()) {
                if (selected.size() < QUERY_TERMS) {
                    selected.add(term);
                }
            }
        }
        return selected;
    }

    static String fullText(Listing listing) {
        return listing.getTitle() + " \n " + listing.getBody();
    }

    static MatchProfile profile(Listing listing) {
        return new MatchProfile(listing.getId(), listing.getKind(), listing.getCategory(), listing.getField(),
                listing.getTrl(), listing.getTitle(), listing.getBody(), listing.getLocation());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private record Raw(UUID id, double bm25, String field, ListingCategory category, Integer trl) {
    }

    private record Scored(MatchPair pair, double score, Map<String, Double> components) {
    }
}
