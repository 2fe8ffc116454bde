package org.innoport.identity;

import org.innoport.shared.AuditedEvent;

/** An administrator reactivated an account. */
public record UserActivated(UserId userId, String username) implements AuditedEvent {

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
        return "user.activated";
    }

    @Override
    public Object before() {
        return AuditState.of("active", false);
    }

    @Override
    public Object after() {
        return AuditState.of("active", true);
    }
}
