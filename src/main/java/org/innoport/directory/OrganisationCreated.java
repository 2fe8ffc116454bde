package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An organisation was added to the directory. */
public record OrganisationCreated(UUID organisationId, OrganisationView organisation) implements AuditedEvent {

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
        return "organisation.created";
    }

    @Override
    public Object after() {
        return organisation;
    }
}
