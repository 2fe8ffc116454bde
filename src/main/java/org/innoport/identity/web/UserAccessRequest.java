package org.innoport.identity.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.UUID;
import org.innoport.identity.ChangeUserAccess;
import org.innoport.identity.Role;
import org.innoport.identity.UserSummary;

/**
 * Roles and organisation of a user, from the admin form or {@code PUT /api/v1/users/{id}}.
 *
 * @param version the version the change is based on (required: a stale one is refused)
 */
public record UserAccessRequest(@NotEmpty Set<Role> roles, UUID organisationId, @NotNull Long version) {

    static UserAccessRequest of(UserSummary user) {
        return new UserAccessRequest(Set.copyOf(user.roles()), user.organisationId(), user.version());
    }

    ChangeUserAccess toCommand() {
        return new ChangeUserAccess(roles, organisationId, version);
    }

    public boolean has(Role role) {
        return roles != null && roles.contains(role);
    }
}
