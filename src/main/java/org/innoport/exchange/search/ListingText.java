package org.innoport.exchange.search;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;

/**
 * The Vietnamese text predicate of the exchange: every query word must be found folded (no diacritics, đ → d) in the
 * title or body — all of them up to three words, all but one up to five, 75 % beyond; matches with the same
 * diacritics and two-syllable phrase matches score higher, the title more than the body.
 */
public final class ListingText {

    /** Weight of the title against the body. */
    static final float TITLE = 3f;
    /** Weight of the matches with the same diacritics, and of the two-syllable phrase matches. */
    static final float EXACT = 2f;
    static final float PHRASE = 2f;

    private ListingText() {
    }

    public static String clean(String q) {
        return q == null ? null : Normalizer.normalize(q, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** How many of {@code words} query words must be found: all up to 3, all but one up to 5, 75 % beyond. */
    static int required(int words) {
        return words <= 3 ? words : words <= 5 ? words - 1 : Math.max(1, words * 75 / 100);
    }

    /**
     * The same rule on a Lucene query of one field as {@link org.apache.lucene.util.QueryBuilder} builds it (a term
     * query for one word, a boolean query of optional terms for several), as Hibernate Search applies it to the
     * match predicate below; null stays null (no words).
     */
    static Query minimumShouldMatch(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        long words = bool.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.SHOULD).count();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        bool.clauses().forEach(builder::add);
        return builder.setMinimumNumberShouldMatch(required((int) words)).build();
    }

    public static <SR> PredicateFinalStep predicate(TypedSearchPredicateFactory<SR> f, String q) {
        String text = clean(q);
        var bool = f.bool()
                .must(f.match().field("title").boost(TITLE).field("body").matching(text)
                        .minimumShouldMatch(m -> m.ifMoreThan(3).thenRequireNumber(-1).ifMoreThan(5).thenRequirePercent(75)))
                .should(f.match().field("title_exact").boost(TITLE).field("body_exact").matching(text).boost(EXACT));
        if (text.indexOf(' ') > 0) {
            bool = bool.should(f.match().field("title_shingle").boost(TITLE).field("body_shingle").matching(text)
                    .boost(PHRASE));
        }
        return bool;
    }

    /**
     * Every term of {@link #predicate} as one optional clause with the weight it has there (title and body words,
     * the same words with diacritics, the two-syllable phrases), without the words-required rule: it finds every
     * listing the predicate finds and scores each at least as high as the predicate does (BM25 sums the scores of the
     * matching terms; here more terms may match, never fewer). A flat disjunction of terms is what Lucene's dynamic
     * pruning (MaxScore with block maxima) handles best, so its best few hundred hits are cheap to find even when the
     * words are in most listings. Null when no term is left after analysis.
     */
    public static Query anyTerm(String q, Analyzer folded, Analyzer exact, Analyzer shingle) {
        String text = clean(q);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = add(any, new QueryBuilder(folded).createBooleanQuery("title", text), TITLE)
                + add(any, new QueryBuilder(folded).createBooleanQuery("body", text), 1f)
                + add(any, new QueryBuilder(exact).createBooleanQuery("title_exact", text), TITLE * EXACT)
                + add(any, new QueryBuilder(exact).createBooleanQuery("body_exact", text), EXACT);
        if (text.indexOf(' ') > 0) {
            clauses += add(any, new QueryBuilder(shingle).createBooleanQuery("title_shingle", text), TITLE * PHRASE)
                    + add(any, new QueryBuilder(shingle).createBooleanQuery("body_shingle", text), PHRASE);
        }
        return clauses == 0 ? null : any.build();
    }

    private static int add(BooleanQuery.Builder any, Query query, float boost) {
        if (query == null || query instanceof MatchNoDocsQuery) {
            return 0;
        }
        if (query instanceof BooleanQuery bool) {
            int added = 0;
            for (BooleanClause clause : bool.clauses()) {
                added += add(any, clause.getQuery(), boost);
            }
            return added;
        }
        any.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
