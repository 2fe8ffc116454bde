package org.innoport.directory.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one Vietnamese analysis chain (DESIGN §4), in three variants that index the same text three ways:
 * <ul>
 *   <li>{@code folded}: NFC, syllables, lower case, ICU folding (diacritics removed, đ → d) — what users type;</li>
 *   <li>{@code exact}: NFC, syllables, lower case, one tone placement (hoà = hòa), diacritics kept — ranks exact
 *       spellings higher;</li>
 *   <li>{@code shingle}: folded, then two-syllable shingles — ranks phrase-like matches higher (Vietnamese words are
 *       mostly two syllables and no Java word segmenter is available).</li>
 * </ul>
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    public static Analyzer folded() {
        return new Chain(Variant.FOLDED);
    }

    public static Analyzer exact() {
        return new Chain(Variant.EXACT);
    }

    public static Analyzer shingle() {
        return new Chain(Variant.SHINGLE);
    }

    private enum Variant { FOLDED, EXACT, SHINGLE }

    private static final class Chain extends Analyzer {

        private final Variant variant;

        Chain(Variant variant) {
            this.variant = variant;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return initReader(fieldName, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = switch (variant) {
                case FOLDED -> new ICUFoldingFilter(stream);
                case EXACT -> new ToneFilter(stream);
                case SHINGLE -> {
                    ShingleFilter shingles = new ShingleFilter(new ICUFoldingFilter(stream), 2, 2);
                    shingles.setOutputUnigrams(false);
                    yield shingles;
                }
            };
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            TokenStream stream = new LowerCaseFilter(in);
            return variant == Variant.EXACT ? new ToneFilter(stream) : new ICUFoldingFilter(stream);
        }
    }

    /** Puts the tone mark of oa/oe/uy syllables on one place, see {@link VietnameseText#normaliseTones(String)}. */
    static final class ToneFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ToneFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String normalised = VietnameseText.normaliseTones(term.toString());
            if (!normalised.contentEquals(term)) {
                term.setEmpty().append(normalised);
            }
            return true;
        }
    }
}
