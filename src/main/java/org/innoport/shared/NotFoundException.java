package org.innoport.shared;

/** The record does not exist, or the caller may not know that it exists (HTTP 404, {@code not-found}). */
public class NotFoundException extends DomainException {

    public static final String CODE = "not-found";

    public NotFoundException(String what, Object id) {
        super(CODE, "error.not-found", what, id);
    }
}
