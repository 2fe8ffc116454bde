package org.innoport.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;
import org.innoport.exchange.ListingQuery;
import org.innoport.exchange.ListingStatus;

/**
 * The size of a listing search's result and its facet counts, in one pass over the matching listings that does not
 * score: each facet is counted by doc-value ordinal into an array per index segment, and only the ordinals seen are
 * turned into values at the end. The query here selects exactly the listings {@link ListingText#predicate} and the
 * filters of the ranked query select (the optional exact and phrase clauses only change the order, not the set).
 *
 * <p>The pass stops early on large results: the index is cut into {@value #SLICES} equal slices of document numbers,
 * visited in rounds that double the share of the index read (1, 1, 2, 4 … slices, each round's slices spread evenly
 * over the ones read before), and after a round that has found at least the limit (10,000) of listings the rest is
 * left. Up to the limit the size and the counts are exact; beyond it the size is reported as a lower bound (the
 * listings found) and the facet counts as estimates for the whole result: the counts in the slices read, scaled up by
 * the share of the index read and rounded to two significant digits. Listings are numbered in the order they were
 * indexed, so evenly spread slices are a sample across that order.
 */
public final class ListingFacets {

    /** The keyword facets, as indexed (enums by name). */
    public static final List<String> KEYWORD_FACETS = List.of("kind", "category", "field", "ipStatus", "location");
    /** Values shown per keyword facet (most frequent first). */
    static final int MAX_VALUES = 50;

    private ListingFacets() {
    }

    /** Slices of the index (a power of two). */
    static final int SLICES = 64;

    /**
     * The number of matching listings (exact, or a lower bound when {@code exact} is false) and the facet counts
     * (facet → value → count, trl last; estimates for the whole result when {@code approximate}).
     */
    public record Counts(long total, boolean exact, Map<String, Map<String, Long>> facets, boolean approximate) {
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

    /**
     * Counts the listings {@code query} matches, with their facets when {@code facets}, exactly up to {@code limit}
     * listings and from the evenly spread slices read until then beyond it (see the class comment).
     */
    public static Counts count(IndexReader reader, Query query, boolean facets, int limit) {
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            int maxDoc = reader.maxDoc();
            Counter counter = new Counter(facets);
            int read = 0;
            for (int round = 0; read < SLICES; round++) {
                // round 0: slice 0; round r >= 1: the odd multiples of SLICES / 2^r
                int step = round == 0 ? SLICES : SLICES >> (round - 1);
                int first = round == 0 ? 0 : step / 2;
                List<int[]> ranges = new ArrayList<>();
                for (int slice = first; slice < SLICES; slice += step) {
                    ranges.add(new int[] {(int) ((long) slice * maxDoc / SLICES), (int) ((long) (slice + 1) * maxDoc / SLICES)});
                    read++;
                }
                for (LeafReaderContext leaf : reader.leaves()) {
                    visit(weight, leaf, ranges, counter);
                }
                if (counter.total >= limit && read < SLICES) {
                    break;
                }
            }
            return merge(counter, read == SLICES ? 1 : (double) SLICES / read, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the matching live documents of one segment inside the given ranges of document numbers. */
    private static void visit(Weight weight, LeafReaderContext leaf, List<int[]> ranges, Counter counter)
            throws IOException {
        int base = leaf.docBase;
        int end = base + leaf.reader().maxDoc();
        if (ranges.stream().noneMatch(r -> r[0] < end && r[1] > base)) {
            return;
        }
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return;
        }
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        Bits live = leaf.reader().getLiveDocs();
        counter.setLeaf(leaf);
        for (int[] range : ranges) {
            int from = Math.max(range[0], base) - base;
            int to = Math.min(range[1], end) - base;
            if (from >= to) {
                continue;
            }
            int doc = docs.docID() >= from ? docs.docID() : docs.advance(from);
            for (; doc < to; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                    counter.collect(doc);
                }
            }
        }
        counter.flush();
    }

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Counts merge(Counter counter, double scale, int limit) {
        boolean exact = scale == 1;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (counter.facets) {
            for (int i = 0; i < KEYWORD_FACETS.size(); i++) {
                Map<String, Long> top = new LinkedHashMap<>();
                counter.keyword.get(i).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(MAX_VALUES)
                        .forEach(e -> top.put(e.getKey(), estimate(e.getValue(), scale)));
                facets.put(KEYWORD_FACETS.get(i), top);
            }
            Map<String, Long> levels = new LinkedHashMap<>();
            counter.trl.forEach((level, count) -> levels.put(level.toString(), estimate(count, scale)));
            facets.put("trl", levels);
        }
        return new Counts(exact ? counter.total : Math.min(counter.total, limit), exact, facets,
                !exact && counter.facets);
    }

    /** {@code count × scale}, rounded to two significant digits when scaled (an estimate, not a count). */
    static long estimate(long count, double scale) {
        if (scale == 1) {
            return count;
        }
        double value = count * scale;
        double unit = Math.pow(10, Math.max(0, Math.floor(Math.log10(value)) - 1));
        return Math.max(1, Math.round(value / unit) * (long) unit);
    }

    /** Counts segment by segment: ordinal arrays per segment, turned into values when the segment is done. */
    private static final class Counter {

        final boolean facets;
        final List<Map<String, Long>> keyword = new ArrayList<>();
        final Map<Long, Long> trl = new TreeMap<>();
        long total;
        private final SortedSetDocValues[] values = new SortedSetDocValues[KEYWORD_FACETS.size()];
        private final int[][] counts = new int[KEYWORD_FACETS.size()][];
        private SortedNumericDocValues trlValues;
        private final long[] trlCounts = new long[10];
        private final Map<Long, Long> trlOther = new java.util.HashMap<>();

        Counter(boolean facets) {
            this.facets = facets;
            KEYWORD_FACETS.forEach(f -> keyword.add(new java.util.HashMap<>()));
        }

        void setLeaf(LeafReaderContext context) throws IOException {
            if (!facets) {
                return;
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), KEYWORD_FACETS.get(i));
                long size = values[i].getValueCount();
                counts[i] = new int[(int) size];
            }
            trlValues = DocValues.getSortedNumeric(context.reader(), "trl");
        }

        void collect(int doc) throws IOException {
            total++;
            if (!facets) {
                return;
            }
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
            trlValues = null;
        }
    }
}
