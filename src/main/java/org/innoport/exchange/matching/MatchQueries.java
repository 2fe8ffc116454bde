package org.innoport.exchange.matching;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The matcher's candidate queries, built in Lucene directly. A candidate's score is the one the Hibernate Search DSL
 * query gave before ({@link #scoring}: BM25 of the listing's informative terms over title ×2 and body, plus half the
 * BM25 of its two-syllable phrases over title ×2 and body, plus a constant for the same field); what changed is which
 * listings are scored:
 * <ul>
 *   <li>{@link #byPhrases}: the counterparts sharing one of the listing's rarest two-syllable phrases, ranked by those
 *       phrases alone; the best of them are then scored in full. Single syllables are common in any Vietnamese text
 *       (each of them is in tens of thousands of a million listings), so requiring one of twelve syllables made the
 *       query visit and score half of the index; a shared two-syllable word is rare and is the stronger evidence.</li>
 *   <li>{@link #byTerms}: the counterparts sharing one of the informative terms or one of the title and summary
 *       phrases (the query of before, without the same field as a match on its own), scored in full — the fallback
 *       when fewer counterparts than asked for share a rare phrase (small indexes, very short listings).</li>
 * </ul>
 */
public final class MatchQueries {

    private MatchQueries() {
    }

    /**
     * Counterparts sharing one of {@code phrases} (folded two-syllable terms of the shingle fields), ranked by the BM25
     * of those phrases alone (title ×2 and body): cheap, since the phrases are rare; the full score is then computed
     * for the best of them with {@link #scoring}.
     */
    public static Query byPhrases(Collection<String> phrases, Query filter) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String phrase : phrases) {
            any.add(new BoostQuery(new TermQuery(new Term("title_shingle", phrase)), 2f), Occur.SHOULD);
            any.add(new TermQuery(new Term("body_shingle", phrase)), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
    }

    /**
     * Counterparts sharing one of the informative terms or one of the two-syllable phrases of {@link #phrases} (the
     * text clause of before), scored in full; {@code text} or {@code phrases} may be null, not both.
     */
    public static Query byTerms(Query text, Query phrases, Query field, Query filter) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (text != null) {
            any.add(text, Occur.SHOULD);
        }
        if (phrases != null) {
            any.add(phrases, Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        if (field != null) {
            query.add(field, Occur.SHOULD);
        }
        return query.add(filter, Occur.FILTER).build();
    }

    /** BM25 of the informative terms over title (×2) and body; null when there are none. */
    public static Query text(Analyzer folded, String terms) {
        return twoFields(folded, "title", "body", terms, 1f);
    }

    /** Half the BM25 of the two-syllable phrases of {@code text} over title (×2) and body; null when none. */
    public static Query phrases(Analyzer shingle, String text) {
        return twoFields(shingle, "title_shingle", "body_shingle", text, 0.5f);
    }

    /** A constant {@code boost} for the same field; null without a field. */
    public static Query field(String field, float boost) {
        return field == null ? null
                : new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("field", field))), boost);
    }

    /** Everything that scores: the sum of those of {@link #text}, {@link #phrases} and {@link #field} not null. */
    public static Query scoring(Query... parts) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Query part : parts) {
            if (part != null) {
                builder.add(part, Occur.SHOULD);
            }
        }
        return builder.build();
    }

    /** The published counterparts: {@code status} and {@code kind}, as indexed. */
    public static Query filter(String status, String kind) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("status", status)), Occur.FILTER)
                .add(new TermQuery(new Term("kind", kind)), Occur.FILTER)
                .build();
    }

    private static Query twoFields(Analyzer analyzer, String title, String body, String text, float boost) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query t = builder.createBooleanQuery(title, text);
        Query b = builder.createBooleanQuery(body, text);
        if (t == null || b == null) {
            return null;
        }
        Query both = new BooleanQuery.Builder()
                .add(new BoostQuery(t, 2f), Occur.SHOULD)
                .add(b, Occur.SHOULD)
                .build();
        return boost == 1f ? both : new BoostQuery(both, boost);
    }
}
