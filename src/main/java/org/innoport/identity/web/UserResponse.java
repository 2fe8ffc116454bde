package org.innoport.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innoport.identity.Role;
import org.innoport.identity.UserSummary;

/** A user in the admin API. */
record UserResponse(UUID id, String username, String displayName, String email, List<Role> roles, UUID organisationId,
                    boolean active, boolean locked, Instant lockedUntil, boolean demo, Instant createdAt, long version) {

    static UserResponse of(UserSummary user) {
        return new UserResponse(user.id().value(), user.username(), user.displayName(), user.email(), user.roles(),
                user.organisationId(), user.active(), user.locked(), user.lockedUntil(), user.demo(), user.createdAt(),
                user.version());
    }
}
