package org.innoport.policy;

import org.innoport.shared.AuditedEvent;

/** A policy document was recorded or changed (the audit trail keeps it). */
public record DocumentRecorded(String number, String action, Object before, Object after) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "PolicyDocument";
    }

    @Override
    public String aggregateId() {
        return number;
    }
}
