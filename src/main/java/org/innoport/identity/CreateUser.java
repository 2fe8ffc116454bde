package org.innoport.identity;

import java.util.Set;
import java.util.UUID;

/**
 * An administrator creates an account.
 *
 * @param password the initial password, checked against the password policy
 * @param organisationId the organisation the user acts for, or null
 */
public record CreateUser(String username, String displayName, String email, String password, Set<Role> roles,
                         UUID organisationId) {

    @Override
    public String toString() {
        return "CreateUser[username=" + username + ", roles=" + roles + ", organisationId=" + organisationId + "]";
    }
}
