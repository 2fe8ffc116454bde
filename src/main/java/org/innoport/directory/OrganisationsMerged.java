package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A duplicate organisation (source) was merged into the survivor (target). Modules holding organisation IDs move their references from source to target. */
public record OrganisationsMerged(UUID sourceId, UUID targetId, java.util.Map<String, Integer> movedReferences) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Organisation";
    }

    @Override
    public String aggregateId() {
        return sourceId.toString();
    }

    @Override
    public String action() {
        return "organisation.merged";
    }

    @Override
    public Object before() {
        return java.util.Map.of("status", "ACTIVE");
    }

    @Override
    public Object after() {
        return java.util.Map.of("status", "MERGED", "mergedInto", targetId, "movedReferences", movedReferences);
    }
}
