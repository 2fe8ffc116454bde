package org.innoport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MoneyTests {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale EN = Locale.ENGLISH;

    /** The reported aggregates of DOMAIN.md: 205 city tasks. */
    static final Money TOTAL = Money.of(257_473_016_000L);
    static final Money STATE = Money.of(156_502_394_000L);
    static final Money MOBILISED = Money.of(100_970_622_000L);

    @Test
    void formatsAmountsTheVietnameseWay() {
        assertThat(TOTAL.format(VI)).isEqualTo("257.473.016.000 ₫");
        assertThat(Money.of(-1_500_000).format(VI)).isEqualTo("-1.500.000 ₫");
        assertThat(Money.ZERO.format(VI)).isEqualTo("0 ₫");
        assertThat(Money.of(999).format(VI)).isEqualTo("999 ₫");
    }

    @Test
    void formatsAmountsTheEnglishWayWithTheIsoCode() {
        assertThat(TOTAL.format(EN)).isEqualTo("257,473,016,000 VND");
        assertThat(TOTAL.format(Locale.UK)).isEqualTo("257,473,016,000 VND");
        assertThat(TOTAL.formatNumber(EN)).isEqualTo("257,473,016,000");
        assertThat(TOTAL.formatNumber(VI)).isEqualTo("257.473.016.000");
    }

    @Test
    void computesTheStateShareOfTheReportedTotalsAsSixtyPointEightPercent() {
        assertThat(TOTAL.share(STATE)).isEqualByComparingTo("60.8");
        assertThat(TOTAL.share(MOBILISED)).isEqualByComparingTo("39.2");
        assertThat(STATE.plus(MOBILISED)).isEqualTo(TOTAL);
    }

    @Test
    void roundsSharesAsAskedAndHalfUpByDefault() {
        assertThat(Money.of(8).share(Money.of(1))).isEqualByComparingTo("12.5");
        assertThat(Money.of(16).share(Money.of(1))).isEqualByComparingTo("6.3");
        assertThat(Money.of(16).share(Money.of(1), 1, RoundingMode.DOWN)).isEqualByComparingTo("6.2");
        assertThat(TOTAL.share(STATE, 4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("60.7840");
        assertThat(TOTAL.share(STATE).scale()).isEqualTo(1);
    }

    @Test
    void refusesAShareOfAZeroTotal() {
        assertThatThrownBy(() -> Money.ZERO.share(Money.of(5))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsPercentagesPerLocale() {
        assertThat(Money.formatPercent(TOTAL.share(STATE), VI)).isEqualTo("60,8 %");
        assertThat(Money.formatPercent(TOTAL.share(STATE), EN)).isEqualTo("60.8%");
        assertThat(Money.formatPercent(new BigDecimal("1250.50"), VI)).isEqualTo("1.250,50 %");
        assertThat(Money.formatPercent(new BigDecimal("100"), EN)).isEqualTo("100%");
    }

    @Test
    void addsSubtractsNegatesAndMultiplies() {
        Money a = Money.of(1_000_000);
        assertThat(a.plus(Money.of(250))).isEqualTo(Money.of(1_000_250));
        assertThat(a.minus(Money.of(2_000_000))).isEqualTo(Money.of(-1_000_000));
        assertThat(a.negate()).isEqualTo(Money.of(-1_000_000));
        assertThat(a.times(3)).isEqualTo(Money.of(3_000_000));
        assertThat(a.negate().isNegative()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(a.isPositive()).isTrue();
    }

    @Test
    void throwsInsteadOfWrappingAroundOnOverflow() {
        Money max = Money.of(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE).minus(Money.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.sum(Stream.of(max, Money.of(1)))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Stream.of(max, max).collect(Money.total())).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sumsAStreamAndAnEmptyStreamIsZero() {
        assertThat(Money.sum(Stream.of(STATE, MOBILISED))).isEqualTo(TOTAL);
        assertThat(Money.sum(Stream.empty())).isEqualTo(Money.ZERO);
        assertThat(List.of(STATE, MOBILISED).parallelStream().collect(Money.total())).isEqualTo(TOTAL);
    }

    @Test
    void comparesByAmount() {
        assertThat(STATE.isGreaterThan(MOBILISED)).isTrue();
        assertThat(MOBILISED.isLessThan(STATE)).isTrue();
        assertThat(List.of(TOTAL, MOBILISED, STATE).stream().sorted().toList())
                .containsExactly(MOBILISED, STATE, TOTAL);
        assertThat(Money.of(5).compareTo(Money.of(5))).isZero();
    }

    @Test
    void parsesWhatPeopleType() {
        assertThat(Money.parse("257.473.016.000 ₫", VI)).isEqualTo(TOTAL);
        assertThat(Money.parse("257.473.016.000", VI)).isEqualTo(TOTAL);
        assertThat(Money.parse(" 257473016000 đ ", VI)).isEqualTo(TOTAL);
        assertThat(Money.parse("257.473.016.000\u00a0VNĐ", VI)).isEqualTo(TOTAL);
        assertThat(Money.parse("257,473,016,000 VND", EN)).isEqualTo(TOTAL);
        assertThat(Money.parse("-1,000", EN)).isEqualTo(Money.of(-1000));
    }

    @Test
    void refusesFractionsForeignSeparatorsAndNonsense() {
        for (String text : List.of("1.000,5", "1,000", "12.34", "", "₫", "abc", "1.00.000", "99999999999999999999")) {
            assertThatThrownBy(() -> Money.parse(text, VI)).as(text).isInstanceOf(NumberFormatException.class);
        }
        assertThatThrownBy(() -> Money.parse("1.000", EN)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("1,000.50", EN)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void mapsToAndFromABigintColumn() {
        MoneyConverter converter = new MoneyConverter();
        assertThat(converter.convertToDatabaseColumn(TOTAL)).isEqualTo(257_473_016_000L);
        assertThat(converter.convertToEntityAttribute(257_473_016_000L)).isEqualTo(TOTAL);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
