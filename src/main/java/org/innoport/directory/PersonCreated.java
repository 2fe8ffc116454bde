package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A person was added to the directory (personal data is not copied into the event). */
public record PersonCreated(UUID personId, String fullName) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Person";
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }

    @Override
    public String action() {
        return "person.created";
    }

    @Override
    public Object after() {
        return java.util.Map.of("fullName", fullName);
    }
}
