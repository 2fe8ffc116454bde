package org.innoport.exchange.search;

import java.text.Normalizer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;

/**
 * The Vietnamese text predicate of the exchange: every query word must be found folded (no diacritics, đ → d) in the
 * title or body — all of them up to three words, all but one up to five, 75 % beyond; matches with the same
 * diacritics and two-syllable phrase matches score higher, the title more than the body.
 */
public final class ListingText {

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
                .must(f.match().field("title").boost(3f).field("body").matching(text)
                        .minimumShouldMatch(m -> m.ifMoreThan(3).thenRequireNumber(-1).ifMoreThan(5).thenRequirePercent(75)))
                .should(f.match().field("title_exact").boost(3f).field("body_exact").matching(text).boost(2f));
        if (text.indexOf(' ') > 0) {
            bool = bool.should(f.match().field("title_shingle").boost(3f).field("body_shingle").matching(text).boost(2f));
        }
        return bool;
    }
}
