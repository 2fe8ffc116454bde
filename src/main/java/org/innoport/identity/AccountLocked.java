package org.innoport.identity;

import java.time.Instant;
import org.innoport.shared.AuditedEvent;

/** Too many wrong passwords in a row: the account cannot sign in until {@code lockedUntil}. */
public record AccountLocked(UserId userId, String username, int failedAttempts, Instant lockedUntil)
        implements AuditedEvent {

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
        return "user.locked";
    }

    @Override
    public Object before() {
        return AuditState.of("lockedUntil", null);
    }

    @Override
    public Object after() {
        return AuditState.of("failedAttempts", failedAttempts, "lockedUntil", lockedUntil);
    }
}
