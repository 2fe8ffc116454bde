package org.innoport.indicators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Scores as published: a fixed number of decimals, "," as the Vietnamese decimal mark; "—" for no score. */
public final class ScoreFormat {

    private ScoreFormat() {
    }

    public static String score(Double value, String language) {
        return fixed(value, language, 2);
    }

    public static String fixed(Double value, String language, int digits) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value));
    }

    public static String rank(Integer rank) {
        return rank == null ? "—" : String.valueOf(rank);
    }

    /** Machine form for an input's value. */
    public static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
