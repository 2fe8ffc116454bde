package org.innoport.identity;

import java.time.Instant;
import org.innoport.shared.AuditedEvent;

/** An administrator lifted a sign-in lock before it ran out. */
public record UserUnlocked(UserId userId, String username, Instant lockedUntilBefore) implements AuditedEvent {

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
        return "user.unlocked";
    }

    @Override
    public Object before() {
        return AuditState.of("lockedUntil", lockedUntilBefore);
    }

    @Override
    public Object after() {
        return AuditState.of("lockedUntil", null);
    }
}
