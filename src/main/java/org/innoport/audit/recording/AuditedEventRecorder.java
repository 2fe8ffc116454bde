package org.innoport.audit.recording;

import org.innoport.audit.AuditTrail;
import org.innoport.shared.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditedEvent} any module publishes. Deliberately a plain, synchronous listener (not an
 * after-commit or asynchronous one): the row is written in the publisher's transaction, so it exists exactly when the
 * change it describes was committed, and a failure to record fails the change.
 */
@Component
class AuditedEventRecorder {

    private final AuditTrail trail;

    AuditedEventRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    public void on(AuditedEvent event) {
        trail.record(event);
    }
}
