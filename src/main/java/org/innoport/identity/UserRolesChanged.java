package org.innoport.identity;

import java.util.List;
import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An administrator changed a user's roles or organisation. */
public record UserRolesChanged(UserId userId, String username, List<Role> rolesBefore, UUID organisationBefore,
                               List<Role> rolesAfter, UUID organisationAfter) implements AuditedEvent {

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
        return "user.roles-changed";
    }

    @Override
    public Object before() {
        return AuditState.of("roles", AuditState.names(rolesBefore), "organisationId", organisationBefore);
    }

    @Override
    public Object after() {
        return AuditState.of("roles", AuditState.names(rolesAfter), "organisationId", organisationAfter);
    }
}
