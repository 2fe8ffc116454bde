package org.innoport.identity;

import java.util.List;
import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An account was created (by an administrator, the first-administrator set-up or the CLI). */
public record UserCreated(UserId userId, String username, String displayName, String email, List<Role> roles,
                          UUID organisationId) implements AuditedEvent {

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
        return "user.created";
    }

    @Override
    public Object after() {
        return AuditState.of("username", username, "displayName", displayName, "email", email,
                "roles", AuditState.names(roles), "organisationId", organisationId, "active", true);
    }
}
