package org.innoport.exchange;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An interest or connection session was created or decided; the audit trail records it. */
public record ExchangeChanged(String aggregateType, UUID id, String action, Object before, Object after)
        implements AuditedEvent {

    @Override
    public String aggregateId() {
        return id.toString();
    }
}
