package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A VILAS lab was added. */
public record LabCreated(UUID labId, LabView lab) implements AuditedEvent {

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
        return "lab.created";
    }

    @Override
    public Object after() {
        return lab;
    }
}
