package org.innoport.exchange;

import java.util.UUID;

/**
 * Who is calling: the signed-in username (null when anonymous), the organisation they act for, and whether they are
 * an officer (OFFICER or ADMIN), who moderates and may change any listing.
 */
public record Actor(String username, UUID organisationId, boolean officer) {

    public static final Actor ANONYMOUS = new Actor(null, null, false);

    public boolean signedIn() {
        return username != null;
    }

    public boolean mayChange(UUID ownerOrganisationId) {
        return officer || (organisationId != null && organisationId.equals(ownerOrganisationId));
    }
}
