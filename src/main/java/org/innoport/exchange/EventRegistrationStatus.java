package org.innoport.exchange;

/** CONFIRMED within capacity, WAITLISTED beyond it (promoted in order when a confirmed place is cancelled). */
public enum EventRegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
