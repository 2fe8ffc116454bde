package org.innoport.identity;

import java.util.Set;
import java.util.UUID;

/**
 * An administrator changes what a user may do and for which organisation.
 *
 * @param version the version the administrator saw; a different current version means someone else changed the user
 */
public record ChangeUserAccess(Set<Role> roles, UUID organisationId, long version) {
}
