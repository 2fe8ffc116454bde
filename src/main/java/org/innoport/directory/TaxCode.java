package org.innoport.directory;

import java.util.regex.Pattern;

/**
 * Vietnamese tax code (mã số thuế): 10 digits whose last is a check digit, or those 10 digits plus {@code -} and a
 * 3-digit branch number. Check digit: {@code 10 - (31·d1 + 29·d2 + 23·d3 + 19·d4 + 17·d5 + 13·d6 + 7·d7 + 5·d8 + 3·d9) mod 11}.
 */
public final class TaxCode {

    private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    /** Trims and removes inner spaces; null or blank gives null. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.replaceAll("\\s+", "");
    }

    public static boolean isValid(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return false;
        }
        return checkDigit(code.substring(0, 9)) == code.charAt(9) - '0';
    }

    /** The check digit for 9 digits, or -1 when no digit fits (such prefixes are never issued). */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        int digit = 10 - sum % 11;
        return digit > 9 ? -1 : digit;
    }
}
