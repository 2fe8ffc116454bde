package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTests {

    @ParameterizedTest
    @ValueSource(strings = {"0101248141", "0100684378", "0300588569", "0101248141-001"})
    void acceptsTaxCodesWithTheirCheckDigitAndBranchSuffix(String code) {
        assertThat(TaxCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101248142", "010124814", "01012481411", "0101248141-01", "0101248141/001", "abcdefghij"})
    void rejectsTaxCodesWithAWrongCheckDigitOrFormat(String code) {
        assertThat(TaxCode.isValid(code)).isFalse();
    }

    @Test
    void normalisesTaxCodeSpacing() {
        assertThat(TaxCode.normalise(" 0101 248 141 ")).isEqualTo("0101248141");
        assertThat(TaxCode.normalise("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"})
    void acceptsOrcidsWithAnIso7064CheckCharacter(String orcid) {
        assertThat(Orcid.isValid(orcid)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "0000-0002-1694-2339", "0000000218250097", "0000-0002-1825-009"})
    void rejectsOrcidsWithAWrongCheckCharacterOrFormat(String orcid) {
        assertThat(Orcid.isValid(orcid)).isFalse();
    }

    @Test
    void acceptsAnOrcidUrlAndLowerCaseX() {
        assertThat(Orcid.normalise("https://orcid.org/0000-0002-1694-233x")).isEqualTo("0000-0002-1694-233X");
    }
}
