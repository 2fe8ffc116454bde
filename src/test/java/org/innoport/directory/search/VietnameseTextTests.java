package org.innoport.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @Test
    void foldsDiacriticsAndDToAscii() {
        assertThat(VietnameseText.fold("Đổi mới sáng tạo")).isEqualTo("doi moi sang tao");
    }

    @ParameterizedTest
    @CsvSource({"hoà,hòa", "Hoà Bình,Hòa Bình", "khoẻ,khỏe", "thuý,thúy", "luỹ,lũy", "HOÀ,HÒA"})
    void putsTheToneMarkOfOpenOaOeUySyllablesOnTheFirstVowel(String newStyle, String oldStyle) {
        assertThat(VietnameseText.normaliseTones(newStyle)).isEqualTo(oldStyle);
        assertThat(VietnameseText.normaliseTones(oldStyle)).isEqualTo(oldStyle);
    }

    @ParameterizedTest
    @CsvSource({"hoàng", "toán", "quý", "thuyết", "Hải Phòng", "khoa học"})
    void leavesOtherSyllablesAlone(String word) {
        assertThat(VietnameseText.normaliseTones(word)).isEqualTo(word);
    }

    @Test
    void normalisesDecomposedInputToNfc() {
        String decomposed = "Vie\u0302\u0323t Nam";
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Việt Nam");
    }

    @Test
    void canonicalNamesExpandCommonAbbreviations() {
        assertThat(VietnameseText.canonicalName("Truong DH Hang hai VN"))
                .isEqualTo(VietnameseText.canonicalName("Trường Đại học Hàng hải Việt Nam"))
                .isEqualTo("truong dai hoc hang hai viet nam");
        assertThat(VietnameseText.canonicalName("Sở KH&CN TP Hải Phòng"))
                .isEqualTo(VietnameseText.canonicalName("Sở Khoa học và Công nghệ thành phố Hải Phòng"));
        assertThat(VietnameseText.canonicalName("Công ty Trách nhiệm hữu hạn EBA"))
                .isEqualTo(VietnameseText.canonicalName("Công ty TNHH EBA"));
    }

    @Test
    void similarityIsHighForNearDuplicatesAndLowForDifferentNames() {
        String a = VietnameseText.canonicalName("Trường Đại học Hàng hải Việt Nam");
        assertThat(VietnameseText.similarity(a, VietnameseText.canonicalName("Trường ĐH Hàng hải"))).isGreaterThan(0.8);
        assertThat(VietnameseText.similarity(a, VietnameseText.canonicalName("Trường Đại học Y Dược Hải Phòng")))
                .isLessThan(0.8);
    }

    @Test
    void foldedAnalyzerMakesTypedAsciiEqualToVietnamese() throws IOException {
        assertThat(tokens(VietnameseAnalyzers.folded(), "Trường Đại học Hàng hải"))
                .containsExactly("truong", "dai", "hoc", "hang", "hai");
        assertThat(tokens(VietnameseAnalyzers.folded(), "truong dai hoc hang hai"))
                .containsExactly("truong", "dai", "hoc", "hang", "hai");
    }

    @Test
    void exactAnalyzerKeepsDiacriticsButEqualisesTonePlacement() throws IOException {
        assertThat(tokens(VietnameseAnalyzers.exact(), "Hoà Bình")).containsExactly("hòa", "bình");
        assertThat(tokens(VietnameseAnalyzers.exact(), "Hòa Bình")).containsExactly("hòa", "bình");
    }

    @Test
    void shingleAnalyzerIndexesTwoSyllableShingles() throws IOException {
        assertThat(tokens(VietnameseAnalyzers.shingle(), "Viện Nghiên cứu hải sản"))
                .containsExactly("vien nghien", "nghien cuu", "cuu hai", "hai san");
    }

    @Test
    void vietnameseCollationSortsLettersInAlphabeticalOrder() {
        List<String> names = new ArrayList<>(List.of("Đà Nẵng", "Dương", "Ấn", "Da", "An", "Ăn"));
        names.sort(VietnameseCollation.ORDER);
        assertThat(names).containsExactly("An", "Ăn", "Ấn", "Da", "Dương", "Đà Nẵng");
        names.sort((x, y) -> VietnameseCollation.sortKey(x).compareTo(VietnameseCollation.sortKey(y)));
        assertThat(names).containsExactly("An", "Ăn", "Ấn", "Da", "Dương", "Đà Nẵng");
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
