package org.innoport.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counting pass of the listing search: exact up to the limit, a lower bound and facet estimates beyond it. */
class ListingFacetsTests {

    static final int DOCS = 40_000;
    static ByteBuffersDirectory directory;
    static DirectoryReader reader;
    static long offers;
    static long published;

    @BeforeAll
    static void index() throws Exception {
        directory = new ByteBuffersDirectory();
        Random random = new Random(1);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setMaxBufferedDocs(5_000))) {
            for (int i = 0; i < DOCS; i++) {
                // 30 % offers, 70 % requests; one in five a draft
                String kind = random.nextInt(10) < 3 ? "OFFER" : "REQUEST";
                String status = i % 5 == 0 ? "DRAFT" : "PUBLISHED";
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                doc.add(new StringField("status", status, Field.Store.NO));
                doc.add(new StringField("kind", kind, Field.Store.NO));
                doc.add(new SortedSetDocValuesField("kind", new BytesRef(kind)));
                doc.add(new SortedNumericDocValuesField("trl", 1 + i % 9));
                writer.addDocument(doc);
            }
            // deleted documents are not counted
            for (int i = 1; i <= 500; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
            }
        }
        reader = DirectoryReader.open(directory);
        var searcher = new org.apache.lucene.search.IndexSearcher(reader);
        published = searcher.count(new TermQuery(new Term("status", "PUBLISHED")));
        offers = searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term("status", "PUBLISHED")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("kind", "OFFER")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build());
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void belowTheLimitTheTotalAndTheFacetsAreExactCountsOfLiveDocuments() {
        var counts = ListingFacets.count(reader, new TermQuery(new Term("status", "PUBLISHED")), true, 100_000);
        assertThat(counts.exact()).isTrue();
        assertThat(counts.approximate()).isFalse();
        assertThat(counts.total()).isEqualTo(published).isLessThan(DOCS * 4 / 5);
        assertThat(counts.facets().get("kind").get("OFFER")).isEqualTo(offers);
        assertThat(counts.facets().get("kind").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(published);
        assertThat(counts.facets().get("trl")).hasSize(9);
    }

    @Test
    void beyondTheLimitTheTotalIsALowerBoundAndTheFacetsAreEstimatesOfTheWholeResult() {
        var counts = ListingFacets.count(reader, new TermQuery(new Term("status", "PUBLISHED")), true, 2_000);
        assertThat(counts.exact()).isFalse();
        assertThat(counts.approximate()).isTrue();
        assertThat(counts.total()).isEqualTo(2_000);
        // estimated from a sample spread over the index: close to the exact count, rounded to two digits
        assertThat((double) counts.facets().get("kind").get("OFFER")).isCloseTo(offers, within(offers * 0.15));
        assertThat((double) counts.facets().get("kind").get("REQUEST"))
                .isCloseTo(published - offers, within((published - offers) * 0.15));
    }

    @Test
    void withoutFacetsOnlyTheSizeIsCounted() {
        var counts = ListingFacets.count(reader, new TermQuery(new Term("status", "PUBLISHED")), false, 2_000);
        assertThat(counts.total()).isEqualTo(2_000);
        assertThat(counts.exact()).isFalse();
        assertThat(counts.approximate()).isFalse();
        assertThat(counts.facets()).isEmpty();
        assertThat(ListingFacets.count(reader, new TermQuery(new Term("status", "DRAFT")), false, 100_000).total())
                .isEqualTo(DOCS / 5 - 100);
    }

    @Test
    void estimatesAreRoundedToTwoSignificantDigits() {
        assertThat(ListingFacets.estimate(472_913, 1)).isEqualTo(472_913);
        assertThat(ListingFacets.estimate(7_389, 64)).isEqualTo(470_000);
        assertThat(ListingFacets.estimate(3, 2)).isEqualTo(6);
        assertThat(ListingFacets.estimate(1, 0.5)).isEqualTo(1);
    }
}
