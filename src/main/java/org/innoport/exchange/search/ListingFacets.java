package org.innoport.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.innoport.exchange.ListingQuery;
import org.innoport.exchange.ListingStatus;

/**
 * Facet counts of a listing search in one pass over the matching listings, without scoring: each facet is counted by
 * doc-value ordinal into an array per index segment, and only the ordinals seen are turned into values at the end.
 * The query here selects exactly the listings {@link ListingText#predicate} and the filters of the ranked query
 * select (the optional exact and phrase clauses only change the order, not the set), so the counts describe the whole
 * result and their sum per facet is its exact size. Hibernate Search's own terms aggregations did the same work
 * inside the ranked query, which then had to score every hit and could not skip any.
 */
public final class ListingFacets {

    /** The keyword facets, as indexed (enums by name). */
    public static final List<String> KEYWORD_FACETS = List.of("kind", "category", "field", "ipStatus", "location");
    /** Values shown per keyword facet (most frequent first). */
    static final int MAX_VALUES = 50;

    private ListingFacets() {
    }

    /** The exact number of matching listings and the facet counts (facet → value → count, trl last). */
    public record Counts(long total, Map<String, Map<String, Long>> facets) {
    }

    /** The Lucene query selecting the published listings a {@link ListingQuery} finds. */
    public static Query query(ListingQuery query, Analyzer folded) {
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(term("status", ListingStatus.PUBLISHED.name()), Occur.FILTER);
        if (query.hasText()) {
            String text = ListingText.clean(query.q());
            Query title = ListingText.minimumShouldMatch(new QueryBuilder(folded).createBooleanQuery("title", text));
            Query body = ListingText.minimumShouldMatch(new QueryBuilder(folded).createBooleanQuery("body", text));
            if (title == null || body == null) {
                // nothing left after analysis: the match predicate matches nothing then
                all.add(new org.apache.lucene.search.MatchNoDocsQuery(), Occur.FILTER);
            } else {
                all.add(new BooleanQuery.Builder().add(title, Occur.SHOULD).add(body, Occur.SHOULD).build(), Occur.FILTER);
            }
        }
        if (query.kind() != null) {
            all.add(term("kind", query.kind().name()), Occur.FILTER);
        }
        if (query.category() != null) {
            all.add(term("category", query.category().name()), Occur.FILTER);
        }
        if (query.field() != null && !query.field().isBlank()) {
            all.add(term("field", query.field().strip()), Occur.FILTER);
        }
        if (query.trlMin() != null || query.trlMax() != null) {
            all.add(IntPoint.newRangeQuery("trl", query.trlMin() == null ? Integer.MIN_VALUE : query.trlMin(),
                    query.trlMax() == null ? Integer.MAX_VALUE : query.trlMax()), Occur.FILTER);
        }
        if (query.ipStatus() != null) {
            all.add(term("ipStatus", query.ipStatus().name()), Occur.FILTER);
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            all.add(LongPoint.newRangeQuery("priceVnd", query.priceMin() == null ? Long.MIN_VALUE : query.priceMin(),
                    query.priceMax() == null ? Long.MAX_VALUE : query.priceMax()), Occur.FILTER);
        }
        if (query.location() != null && !query.location().isBlank()) {
            all.add(term("location", query.location().strip()), Occur.FILTER);
        }
        return all.build();
    }

    /** Counts the facets of the listings {@code query} matches. */
    public static Counts count(IndexReader reader, Query query) {
        IndexSearcher searcher = new IndexSearcher(reader);
        try {
            return searcher.search(query, new CollectorManager<Counter, Counts>() {
                @Override
                public Counter newCollector() {
                    return new Counter();
                }

                @Override
                public Counts reduce(Collection<Counter> counters) {
                    return merge(counters);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Counts merge(Collection<Counter> counters) {
        long total = 0;
        Map<Long, Long> trl = new TreeMap<>();
        for (Counter counter : counters) {
            counter.flush();
            total += counter.total;
            counter.trl.forEach((level, count) -> trl.merge(level, count, Long::sum));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (int i = 0; i < KEYWORD_FACETS.size(); i++) {
            Map<String, Long> merged = new java.util.HashMap<>();
            for (Counter counter : counters) {
                counter.keyword.get(i).forEach((value, count) -> merged.merge(value, count, Long::sum));
            }
            Map<String, Long> top = new LinkedHashMap<>();
            merged.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_VALUES)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            facets.put(KEYWORD_FACETS.get(i), top);
        }
        Map<String, Long> levels = new LinkedHashMap<>();
        trl.forEach((level, count) -> levels.put(level.toString(), count));
        facets.put("trl", levels);
        return new Counts(total, facets);
    }

    /** Counts one thread's segments: ordinal arrays per segment, turned into values when the segment is done. */
    private static final class Counter extends SimpleCollector {

        final List<Map<String, Long>> keyword = new ArrayList<>();
        final Map<Long, Long> trl = new java.util.HashMap<>();
        long total;
        private final SortedSetDocValues[] values = new SortedSetDocValues[KEYWORD_FACETS.size()];
        private final int[][] counts = new int[KEYWORD_FACETS.size()][];
        private SortedNumericDocValues trlValues;
        private final long[] trlCounts = new long[10];
        private final Map<Long, Long> trlOther = new java.util.HashMap<>();

        Counter() {
            KEYWORD_FACETS.forEach(f -> keyword.add(new java.util.HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), KEYWORD_FACETS.get(i));
                long size = values[i].getValueCount();
                counts[i] = new int[(int) size];
            }
            trlValues = DocValues.getSortedNumeric(context.reader(), "trl");
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    int[] c = counts[i];
                    for (int n = dv.docValueCount(); n > 0; n--) {
                        c[(int) dv.nextOrd()]++;
                    }
                }
            }
            if (trlValues.advanceExact(doc)) {
                for (int n = trlValues.docValueCount(); n > 0; n--) {
                    long level = trlValues.nextValue();
                    if (level >= 0 && level < trlCounts.length) {
                        trlCounts[(int) level]++;
                    } else {
                        trlOther.merge(level, 1L, Long::sum);
                    }
                }
            }
        }

        /** Moves the current segment's ordinal counts into the value maps. */
        void flush() {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                int[] c = counts[i];
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] > 0) {
                        try {
                            keyword.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                values[i] = null;
            }
            for (int level = 0; level < trlCounts.length; level++) {
                if (trlCounts[level] > 0) {
                    trl.merge((long) level, trlCounts[level], Long::sum);
                    trlCounts[level] = 0;
                }
            }
            trlOther.forEach((level, count) -> trl.merge(level, count, Long::sum));
            trlOther.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
