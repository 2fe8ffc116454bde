package org.innoport.tasks;

import org.innoport.shared.AuditedEvent;

/**
 * A state change of one of the module's aggregates (programme, round, proposal, listing, call, application, task);
 * the audit trail records it with who and when.
 */
public record TaskEvent(String aggregateType, String aggregateId, String action, Object before, Object after)
        implements AuditedEvent {
}
