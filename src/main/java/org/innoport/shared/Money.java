package org.innoport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * An amount in Vietnamese đồng. VND has no minor unit, so the amount is a whole number of dong in a {@code long}
 * (up to ±9.2 × 10¹⁸ ₫, far above any budget); every operation that would overflow throws
 * {@link ArithmeticException} instead of wrapping around.
 *
 * <p>Formatting: Vietnamese {@code 257.473.016.000 ₫}; English {@code 257,473,016,000 VND} (the ISO code, because
 * English readers do not know the ₫ sign). Any locale whose language is not Vietnamese is formatted the English way.
 * Between number and unit is a plain space (U+0020), so texts compare as typed; tables keep it on one line with CSS.
 *
 * <p>Persistence: map a field {@code Money approvedAmount} to a {@code bigint} column; {@link MoneyConverter} applies
 * automatically. In JSON an amount is a plain integer number of dong.
 *
 * @param dong the amount in dong, negative for debits and corrections
 */
public record Money(long dong) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** The default precision of {@link #share(Money)}: one decimal, as reports show it ({@code 60,8 %}). */
    public static final int SHARE_SCALE = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern VI_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern EN_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern UNIT = Pattern.compile("(?iu)(₫|đ|vnd|vnđ|đồng|dong)$");

    public static Money of(long dong) {
        return dong == 0 ? ZERO : new Money(dong);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(dong, other.dong));
    }

    public Money negate() {
        return new Money(Math.negateExact(dong));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(dong, factor));
    }

    public boolean isZero() {
        return dong == 0;
    }

    public boolean isNegative() {
        return dong < 0;
    }

    public boolean isPositive() {
        return dong > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }

    /** The total of the amounts ({@link #ZERO} for none); throws {@link ArithmeticException} on overflow. */
    public static Money sum(Stream<Money> amounts) {
        return amounts.reduce(ZERO, Money::plus);
    }

    /** Collects amounts into their total, e.g. {@code sources.stream().map(Source::amount).collect(Money.total())}. */
    public static Collector<Money, ?, Money> total() {
        return Collector.of(() -> new long[1], (sum, money) -> sum[0] = Math.addExact(sum[0], money.dong),
                (a, b) -> {
                    a[0] = Math.addExact(a[0], b[0]);
                    return a;
                }, sum -> of(sum[0]));
    }

    /**
     * What percentage of this total {@code part} is, with one decimal rounded half-up: for a total of
     * 257,473,016,000 and a part of 156,502,394,000 it is {@code 60.8}.
     *
     * @throws ArithmeticException when this total is zero (a share of nothing is undefined: show a dash)
     */
    public BigDecimal share(Money part) {
        return share(part, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** {@link #share(Money)} with an explicit number of decimals and rounding. */
    public BigDecimal share(Money part, int scale, RoundingMode rounding) {
        Objects.requireNonNull(part, "part");
        if (isZero()) {
            throw new ArithmeticException("Share of a zero total is undefined");
        }
        return BigDecimal.valueOf(part.dong).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(dong), scale, rounding);
    }

    /** The amount as shown to people: {@code 257.473.016.000 ₫} (vi) or {@code 257,473,016,000 VND} (en). */
    public String format(Locale locale) {
        String number = grouped(locale, 0).format(dong);
        return vietnamese(locale) ? number + " ₫" : number + " VND";
    }

    /** The amount's number without the unit, for table cells under a "(₫)" heading. */
    public String formatNumber(Locale locale) {
        return grouped(locale, 0).format(dong);
    }

    /**
     * A percentage as shown to people, with the decimals it carries: {@code 60,8 %} (vi) or {@code 60.8%} (en).
     */
    public static String formatPercent(BigDecimal percent, Locale locale) {
        int scale = Math.max(0, percent.scale());
        String number = grouped(locale, scale).format(percent);
        return vietnamese(locale) ? number + " %" : number + "%";
    }

    /**
     * Reads an amount as a person types it in {@code locale}: with or without the locale's thousands separators,
     * optionally followed by {@code ₫}, {@code đ}, {@code VND} or {@code đồng}. Fractions are refused, and so are
     * the other locale's separators ({@code 1,000} in Vietnamese is ambiguous).
     *
     * @throws NumberFormatException when the text is not an amount
     */
    public static Money parse(String text, Locale locale) {
        Objects.requireNonNull(text, "text");
        String compact = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
        compact = UNIT.matcher(compact).replaceFirst("").replace(" ", "");
        Pattern grouped = vietnamese(locale) ? VI_GROUPED : EN_GROUPED;
        String digits;
        if (PLAIN.matcher(compact).matches()) {
            digits = compact;
        } else if (grouped.matcher(compact).matches()) {
            digits = compact.replace(vietnamese(locale) ? "." : ",", "");
        } else {
            throw new NumberFormatException("Not an amount of dong: " + text);
        }
        return of(Long.parseLong(digits));
    }

    @Override
    public String toString() {
        return dong + " VND";
    }

    private static boolean vietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    private static DecimalFormat grouped(Locale locale, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean vi = vietnamese(locale);
        symbols.setGroupingSeparator(vi ? '.' : ',');
        symbols.setDecimalSeparator(vi ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
