package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An organisation's data changed. */
public record OrganisationUpdated(UUID organisationId, OrganisationView before, OrganisationView organisation) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Organisation";
    }

    @Override
    public String aggregateId() {
        return organisationId.toString();
    }

    @Override
    public String action() {
        return "organisation.updated";
    }

    @Override
    public Object after() {
        return organisation;
    }
}
