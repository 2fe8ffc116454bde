package org.innoport.shared;

/** A command is not allowed in the aggregate's current state (HTTP 409, {@code state.illegal-transition}). */
public class IllegalTransitionException extends DomainException {

    public static final String CODE = "state.illegal-transition";

    public IllegalTransitionException(String messageKey, Object... args) {
        super(CODE, messageKey, args);
    }
}
