package org.innoport.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as other modules and the admin screens see it. No password material.
 *
 * @param roles in their natural order
 * @param organisationId the organisation the user acts for, or null
 * @param active false once deactivated
 * @param lockedUntil end of a sign-in lock still running, or null
 * @param version for optimistic locking of changes
 */
public record UserSummary(UserId id, String username, String displayName, String email, List<Role> roles,
                          UUID organisationId, boolean active, Instant lockedUntil, boolean demo, Instant createdAt,
                          long version) {

    public boolean locked() {
        return lockedUntil != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
