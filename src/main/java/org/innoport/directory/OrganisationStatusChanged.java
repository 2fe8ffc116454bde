package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An organisation became active, inactive or dissolved. */
public record OrganisationStatusChanged(UUID organisationId, OrganisationStatus from, OrganisationStatus to) implements AuditedEvent {

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
        return "organisation.status-changed";
    }

    @Override
    public Object before() {
        return java.util.Map.of("status", from);
    }

    @Override
    public Object after() {
        return java.util.Map.of("status", to);
    }
}
