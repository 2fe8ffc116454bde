package org.innoport.directory;

import java.util.regex.Pattern;

/** ORCID iD {@code 0000-0002-1825-0097}: 16 characters in groups of four, the last an ISO 7064 MOD 11-2 check. */
public final class Orcid {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private Orcid() {
    }

    /** Accepts a bare iD or an https://orcid.org/ URL, upper-cases X; blank gives null. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().replaceFirst("^(https?://)?(www\\.)?orcid\\.org/", "");
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String orcid) {
        if (orcid == null || !FORMAT.matcher(orcid).matches()) {
            return false;
        }
        String digits = orcid.replace("-", "");
        return checkCharacter(digits.substring(0, 15)) == digits.charAt(15);
    }

    /** ISO 7064 MOD 11-2 over 15 digits. */
    public static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            total = (total + (fifteenDigits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
