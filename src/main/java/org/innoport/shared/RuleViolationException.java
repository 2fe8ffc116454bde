package org.innoport.shared;

/**
 * Input that is well-formed but breaks a business rule (HTTP 400 {@code validation.failed} in the API, a field error in forms).
 * {@code field} names the input field when one is to blame, or is null.
 */
public class RuleViolationException extends DomainException {

    public static final String CODE = "validation.failed";

    private final String field;

    public RuleViolationException(String field, String messageKey, Object... args) {
        super(CODE, messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
