package org.innoport.identity;

import org.innoport.shared.AuditedEvent;

/** An administrator deactivated an account: it can no longer sign in and its API tokens stop working. */
public record UserDeactivated(UserId userId, String username) implements AuditedEvent {

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
        return "user.deactivated";
    }

    @Override
    public Object before() {
        return AuditState.of("active", true);
    }

    @Override
    public Object after() {
        return AuditState.of("active", false);
    }
}
