package org.innoport.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be: at least {@code minLength} characters (10 by default), at least two kinds of characters
 * (lowercase, uppercase, digits, symbols), not containing the username, and at most 72 bytes (BCrypt's limit).
 */
public record PasswordPolicy(int minLength) {

    /** BCrypt reads 72 bytes; Spring Security refuses longer passwords rather than silently cutting them. */
    public static final int MAX_BYTES = 72;

    public PasswordPolicy {
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be positive");
        }
    }

    /** Every rule the password breaks, empty when it is acceptable. */
    public List<Violation> check(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.codePointCount(0, candidate.length()) < minLength) {
            violations.add(new Violation("password.too-short", minLength));
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(new Violation("password.too-long", MAX_BYTES));
        }
        if (characterKinds(candidate) < 2) {
            violations.add(new Violation("password.too-simple"));
        }
        if (username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("password.contains-username"));
        }
        return List.copyOf(violations);
    }

    private static int characterKinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            symbol |= !Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /** One broken rule: a message key of the identity bundle and its arguments. */
    public record Violation(String messageKey, List<Object> args) {

        Violation(String messageKey, Object... args) {
            this(messageKey, List.of(args));
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }
}
