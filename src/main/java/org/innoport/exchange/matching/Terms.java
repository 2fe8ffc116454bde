package org.innoport.exchange.matching;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Splits listing text into terms with the same analyzers as the index ("vi" folded, "vi_exact" with diacritics), so
 * that the matcher's query and its "shared terms" agree with what BM25 saw. Stop words are dropped by their spelling
 * with diacritics ("có" is a stop word, "cơ" is not).
 */
@Component
public class Terms {

    private static final Set<String> STOP = Set.of("và", "của", "các", "cho", "có", "được", "trong", "với", "là", "một",
            "những", "để", "từ", "theo", "tại", "trên", "về", "này", "đã", "sẽ", "không", "khi", "như", "hoặc", "thì",
            "ra", "vào", "bị", "do", "nên", "mà", "cần", "tìm", "chúng", "tôi", "đơn", "vị", "nhu", "cầu", "muốn",
            "ở", "đến", "phục", "vụ", "sử", "dụng", "giúp", "nhằm", "đang", "hiện", "nay", "phù", "hợp", "cao", "lớn",
            "nhỏ", "mới", "kết", "quả", "hàng", "năm", "bằng", "qua", "sau", "trước", "cung", "cấp", "thể", "nhiều");

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer folded;
    private volatile Analyzer exact;
    private volatile Analyzer shingle;

    Terms(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Folded term → first spelling with diacritics, stop words removed, in text order. */
    public Map<String, String> of(String text) {
        List<String> f = tokens(folded(), text);
        List<String> e = tokens(exact(), text);
        Map<String, String> terms = new LinkedHashMap<>();
        if (f.size() != e.size()) {
            f.forEach(t -> terms.putIfAbsent(t, t));
            return terms;
        }
        for (int i = 0; i < f.size(); i++) {
            if (!STOP.contains(e.get(i)) && f.get(i).length() > 1) {
                terms.putIfAbsent(f.get(i), e.get(i));
            }
        }
        return terms;
    }

    /** Two-syllable phrases (folded → with diacritics) of the text, skipping those with a stop word. */
    public Map<String, String> phrases(String text) {
        List<String> f = tokens(folded(), text);
        List<String> e = tokens(exact(), text);
        Map<String, String> phrases = new LinkedHashMap<>();
        if (f.size() != e.size()) {
            return phrases;
        }
        for (int i = 0; i + 1 < f.size(); i++) {
            if (!STOP.contains(e.get(i)) && !STOP.contains(e.get(i + 1))) {
                phrases.putIfAbsent(f.get(i) + " " + f.get(i + 1), e.get(i) + " " + e.get(i + 1));
            }
        }
        return phrases;
    }

    /**
     * What two texts share, as the second one spells it: two-syllable phrases first, then single terms not already
     * part of a shared phrase; at most {@code limit}.
     */
    public List<String> shared(String source, String candidate, int limit) {
        Map<String, String> sourcePhrases = phrases(source);
        Map<String, String> candidatePhrases = phrases(candidate);
        Set<String> covered = new LinkedHashSet<>();
        List<String> shared = new ArrayList<>();
        for (var phrase : candidatePhrases.entrySet()) {
            if (same(phrase.getKey(), sourcePhrases.get(phrase.getKey()), phrase.getValue()) && shared.size() < limit) {
                shared.add(phrase.getValue());
                covered.addAll(List.of(phrase.getKey().split(" ")));
            }
        }
        Map<String, String> sourceTerms = of(source);
        for (var term : of(candidate).entrySet()) {
            if (same(term.getKey(), sourceTerms.get(term.getKey()), term.getValue()) && !covered.contains(term.getKey())
                    && shared.size() < limit) {
                shared.add(term.getValue());
                covered.add(term.getKey());
            }
        }
        return shared;
    }

    /**
     * Two spellings of one folded term are the same word when they agree with diacritics, or when either was written
     * without any ("gio" may be "giờ" or "giò"; "giờ" and "giò" are different words).
     */
    private static boolean same(String folded, String source, String candidate) {
        return source != null && (source.equals(candidate) || source.equals(folded) || candidate.equals(folded));
    }

    /** The folded analyzer of the index ("vi"), for queries built directly in Lucene. */
    public Analyzer foldedAnalyzer() {
        return folded();
    }

    /** The two-syllable phrase analyzer of the index ("vi_shingle"). */
    public Analyzer shingleAnalyzer() {
        if (shingle == null) {
            shingle = analyzer("vi_shingle");
        }
        return shingle;
    }

    /** The analyzer with diacritics of the index ("vi_exact"). */
    public Analyzer exactAnalyzer() {
        return exact();
    }

    private Analyzer folded() {
        if (folded == null) {
            folded = analyzer("vi");
        }
        return folded;
    }

    private Analyzer exact() {
        if (exact == null) {
            exact = analyzer("vi_exact");
        }
        return exact;
    }

    private Analyzer analyzer(String name) {
        return Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class).analyzer(name)
                .orElseThrow(() -> new IllegalStateException("Analyzer " + name + " is not configured"));
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
