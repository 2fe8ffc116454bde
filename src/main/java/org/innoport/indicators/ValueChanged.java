package org.innoport.indicators;

import org.innoport.shared.AuditedEvent;

/** A data value, an indicator definition, a target or a rule was created or changed (kept by the audit trail). */
public record ValueChanged(String aggregateType, String aggregateId, String action, Object before, Object after)
        implements AuditedEvent {
}
