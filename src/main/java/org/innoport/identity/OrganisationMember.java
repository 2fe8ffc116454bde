package org.innoport.identity;

import java.util.UUID;

/**
 * An authentication that already knows the organisation its user acts for (an API token's, checked again every
 * 30 s and at once when an administrator changes the user), so that a request need not read the account for it.
 */
public interface OrganisationMember {

    /** The organisation the user acts for, or {@code null}. */
    UUID organisationId();
}
