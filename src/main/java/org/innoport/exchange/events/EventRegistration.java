package org.innoport.exchange.events;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.exchange.EventRegistrationStatus;
import org.innoport.shared.IllegalTransitionException;

/** A place at an event: CONFIRMED or WAITLISTED, promoted when a confirmed place is cancelled, checked in on the day. */
@Entity
@Table(name = "event_registrations", schema = "exchange")
public class EventRegistration {

    @Id
    private UUID id;
    private UUID eventId;
    private UUID organisationId;
    private String username;
    /** Arrival order (a database sequence): the waiting list is promoted in this order, even within one instant. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    private Long queueNo;
    @Enumerated(EnumType.STRING)
    private EventRegistrationStatus status;
    private Instant registeredAt;
    private Instant promotedAt;
    private Instant cancelledAt;
    private Instant checkedInAt;
    private String checkedInBy;
    @Version
    private long version;

    protected EventRegistration() {
    }

    public EventRegistration(UUID id, UUID eventId, UUID organisationId, String username, boolean confirmed,
                             Instant now) {
        this.id = id;
        this.eventId = eventId;
        this.organisationId = organisationId;
        this.username = username;
        this.status = confirmed ? EventRegistrationStatus.CONFIRMED : EventRegistrationStatus.WAITLISTED;
        this.registeredAt = now;
    }

    public void promote(Instant now) {
        if (status != EventRegistrationStatus.WAITLISTED) {
            throw new IllegalTransitionException("event.registration.not-waitlisted", status);
        }
        status = EventRegistrationStatus.CONFIRMED;
        promotedAt = now;
    }

    /** @return whether a confirmed place was freed */
    public boolean cancel(Instant now) {
        if (status == EventRegistrationStatus.CANCELLED || checkedInAt != null) {
            throw new IllegalTransitionException("event.registration.not-cancellable", status);
        }
        boolean freed = status == EventRegistrationStatus.CONFIRMED;
        status = EventRegistrationStatus.CANCELLED;
        cancelledAt = now;
        return freed;
    }

    public void checkIn(String officer, Instant now) {
        if (status != EventRegistrationStatus.CONFIRMED || checkedInAt != null) {
            throw new IllegalTransitionException("event.check-in.not-confirmed", status);
        }
        checkedInAt = now;
        checkedInBy = officer;
    }

    public UUID getId() { return id; }
    public UUID getEventId() { return eventId; }
    public UUID getOrganisationId() { return organisationId; }
    public String getUsername() { return username; }
    public EventRegistrationStatus getStatus() { return status; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getPromotedAt() { return promotedAt; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public long getVersion() { return version; }
}
