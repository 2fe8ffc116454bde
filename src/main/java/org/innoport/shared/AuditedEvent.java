package org.innoport.shared;

/**
 * A domain event that the audit trail records: every state change and every change to money, scores or decisions
 * publishes one. The audit module adds who, when, request IP and request id.
 */
public interface AuditedEvent {

    /** The aggregate type, e.g. {@code User}, {@code Task}. */
    String aggregateType();

    /** The aggregate's ID as text. */
    String aggregateId();

    /** What happened, e.g. {@code user.created}, {@code task.approved}. */
    String action();

    /** The relevant state before the change (serialised as JSON), or null for a creation. */
    default Object before() {
        return null;
    }

    /** The relevant state after the change (serialised as JSON), or null for a deletion. */
    default Object after() {
        return null;
    }
}
