package org.innoport.tasks;

import java.util.Set;
import java.util.UUID;

/**
 * Who calls the module: username, roles and the organisation an applicant acts for.
 *
 * @param organisationId null when the account acts for no organisation
 */
public record Caller(String username, Set<String> roles, UUID organisationId) {

    /** Officers, leaders and administrators see everything. */
    public boolean staff() {
        return roles.contains("OFFICER") || roles.contains("LEADER") || roles.contains("ADMIN");
    }

    public boolean mayRead(UUID dossierOrganisationId) {
        return staff() || (organisationId != null && organisationId.equals(dossierOrganisationId));
    }
}
