package org.innoport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Arithmetic and text round-trips of {@link Money} hold for any amount in a realistic range (±10¹⁵ ₫). */
class MoneyPropertyTests {

    static final long LIMIT = 1_000_000_000_000_000L;

    @Property
    void subtractingUndoesAdding(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long a,
                                 @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
        assertThat(Money.of(a).plus(Money.of(b)).minus(Money.of(b))).isEqualTo(Money.of(a));
        assertThat(Money.of(a).plus(Money.of(b).negate())).isEqualTo(Money.of(a).minus(Money.of(b)));
    }

    @Property
    void sumsDoNotDependOnGroupingOrOrder(@ForAll @Size(max = 30) List<@LongRange(min = -LIMIT, max = LIMIT) Long> amounts) {
        List<Money> money = amounts.stream().map(Money::of).toList();
        Money total = Money.sum(money.stream());
        int half = money.size() / 2;
        Money grouped = Money.sum(money.subList(0, half).stream()).plus(Money.sum(money.subList(half, money.size()).stream()));
        assertThat(grouped).isEqualTo(total);
        assertThat(money.reversed().stream().collect(Money.total())).isEqualTo(total);
        assertThat(money.parallelStream().collect(Money.total())).isEqualTo(total);
    }

    @Property
    void multiplyingIsRepeatedAdding(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long a,
                                     @ForAll @IntRange(min = 0, max = 20) int factor) {
        Money repeated = Money.ZERO;
        for (int i = 0; i < factor; i++) {
            repeated = repeated.plus(Money.of(a));
        }
        assertThat(Money.of(a).times(factor)).isEqualTo(repeated);
    }

    @Property
    void formattedAmountsParseBackInBothLanguages(@ForAll long dong) {
        Money money = Money.of(dong);
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            assertThat(Money.parse(money.format(locale), locale)).isEqualTo(money);
            assertThat(Money.parse(money.formatNumber(locale), locale)).isEqualTo(money);
        }
    }

    @Property
    void sharesOfTheWholeAreOneHundredAndPartsAddUpWithinRounding(
            @ForAll @LongRange(min = 1, max = LIMIT) long part, @ForAll @LongRange(min = 0, max = LIMIT) long rest) {
        Money total = Money.of(part).plus(Money.of(rest));
        assertThat(total.share(total)).isEqualByComparingTo("100");
        BigDecimal sum = total.share(Money.of(part)).add(total.share(Money.of(rest)));
        assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(new BigDecimal("0.1"));
    }
}
