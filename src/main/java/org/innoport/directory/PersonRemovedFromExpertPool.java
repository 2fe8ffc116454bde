package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An officer took a person out of the expert pool. */
public record PersonRemovedFromExpertPool(UUID personId) implements AuditedEvent {

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
        return "person.expert-pool-removed";
    }

    @Override
    public Object after() {
        return java.util.Map.of("expert", false);
    }
}
