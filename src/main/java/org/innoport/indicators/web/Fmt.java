package org.innoport.indicators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers for people: Vietnamese groups with "." and decimals with ","; at most {@code digits} decimals. */
public final class Fmt {

    private Fmt() {
    }

    public static String num(Number value, String language, int digits) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0." + "#".repeat(Math.max(digits, 0)),
                DecimalFormatSymbols.getInstance("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal b ? b : BigDecimal.valueOf(value.doubleValue()));
    }

    public static String num(Number value, String language) {
        return num(value, language, 2);
    }

    /** Plain machine form for data attributes read by the chart script. */
    public static String plain(Number value) {
        return value == null ? "" : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    /** Bootstrap colours for a rating badge. */
    public static String ratingClass(org.innoport.indicators.Rating rating) {
        return switch (rating) {
            case ON_TRACK -> "text-bg-success";
            case ACCELERATION_NEEDED -> "text-bg-warning";
            case LIMITED_PROGRESS -> "text-bg-danger";
            case DETERIORATION -> "text-bg-dark";
            case NOT_ENOUGH_DATA -> "text-bg-secondary";
        };
    }
}
