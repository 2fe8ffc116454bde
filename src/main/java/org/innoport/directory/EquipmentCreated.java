package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** Equipment was added. */
public record EquipmentCreated(UUID equipmentId, EquipmentView equipment) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Equipment";
    }

    @Override
    public String aggregateId() {
        return equipmentId.toString();
    }

    @Override
    public String action() {
        return "equipment.created";
    }

    @Override
    public Object after() {
        return equipment;
    }
}
