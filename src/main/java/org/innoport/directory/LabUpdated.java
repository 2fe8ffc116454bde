package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A VILAS lab changed. */
public record LabUpdated(UUID labId, LabView before, LabView lab) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Lab";
    }

    @Override
    public String aggregateId() {
        return labId.toString();
    }

    @Override
    public String action() {
        return "lab.updated";
    }

    @Override
    public Object after() {
        return lab;
    }
}
