package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** Equipment changed (value in VND included). */
public record EquipmentUpdated(UUID equipmentId, EquipmentView before, EquipmentView equipment) implements AuditedEvent {

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
        return "equipment.updated";
    }

    @Override
    public Object after() {
        return equipment;
    }
}
