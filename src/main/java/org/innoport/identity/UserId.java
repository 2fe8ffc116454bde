package org.innoport.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user across modules; other modules keep it as a value, never as a relation. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
