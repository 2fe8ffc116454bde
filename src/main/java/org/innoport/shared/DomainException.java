package org.innoport.shared;

/**
 * A business rule said no. Carries a message key (resolved in the user's language at the edge) and a stable code
 * for API clients.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String code, String messageKey, Object... args) {
        super(messageKey);
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Stable, documented error code such as {@code state.illegal-transition}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
