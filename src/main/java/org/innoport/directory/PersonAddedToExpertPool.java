package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An officer put a person in the expert pool, or changed the fields they may evaluate. */
public record PersonAddedToExpertPool(UUID personId, java.util.List<String> fields) implements AuditedEvent {

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
        return "person.expert-pool-added";
    }

    @Override
    public Object after() {
        return java.util.Map.of("expert", true, "fields", fields);
    }
}
