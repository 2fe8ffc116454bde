package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A duplicate person record (source) was merged into the survivor (target). */
public record PeopleMerged(UUID sourceId, UUID targetId) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Person";
    }

    @Override
    public String aggregateId() {
        return sourceId.toString();
    }

    @Override
    public String action() {
        return "person.merged";
    }

    @Override
    public Object after() {
        return java.util.Map.of("status", "MERGED", "mergedInto", targetId);
    }
}
