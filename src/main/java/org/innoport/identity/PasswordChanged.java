package org.innoport.identity;

import java.time.Instant;
import org.innoport.shared.AuditedEvent;

/** A user changed their own password. Carries when, never the password or its hash. */
public record PasswordChanged(UserId userId, String username, Instant changedAt) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "User";
    }

    @Override
    public String aggregateId() {
        return userId.toString();
    }

    @Override
    public String action() {
        return "user.password-changed";
    }

    @Override
    public Object after() {
        return AuditState.of("passwordChangedAt", changedAt);
    }
}
