package org.innoport.exchange.events;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.EventKind;
import org.innoport.shared.DomainException;
import org.innoport.shared.RuleViolationException;

/** A workshop, training, connection session or fair with a capacity and a registration window. */
@Entity
@Table(name = "events", schema = "exchange")
public class ExchangeEvent {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String venue;
    private String onlineLink;
    /** One organiser per line. */
    private String organisers;
    private int capacity;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected ExchangeEvent() {
    }

    public ExchangeEvent(UUID id, EventKind kind, String title, Instant startsAt, Instant endsAt, String venue,
                         String onlineLink, List<String> organisers, int capacity, Instant registrationOpensAt,
                         Instant registrationClosesAt, String createdBy, Instant now) {
        if (!startsAt.isBefore(endsAt)) {
            throw new RuleViolationException("endsAt", "event.dates.order");
        }
        if (!registrationOpensAt.isBefore(registrationClosesAt)) {
            throw new RuleViolationException("registrationClosesAt", "event.registration.window");
        }
        if (blank(venue) && blank(onlineLink)) {
            throw new RuleViolationException("venue", "event.venue.required");
        }
        List<String> named = organisers == null ? List.of()
                : organisers.stream().filter(o -> !blank(o)).map(String::strip).toList();
        if (named.isEmpty()) {
            throw new RuleViolationException("organisers", "event.organisers.required");
        }
        if (capacity <= 0) {
            throw new RuleViolationException("capacity", "event.capacity.positive");
        }
        this.id = id;
        this.kind = kind;
        this.title = title.strip();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venue = blank(venue) ? null : venue.strip();
        this.onlineLink = blank(onlineLink) ? null : onlineLink.strip();
        this.organisers = String.join("\n", named);
        this.capacity = capacity;
        this.registrationOpensAt = registrationOpensAt;
        this.registrationClosesAt = registrationClosesAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public void requireRegistrationOpen(Instant now) {
        if (now.isBefore(registrationOpensAt) || !now.isBefore(registrationClosesAt)) {
            throw new DomainException("event.registration.closed", "event.registration.closed");
        }
    }

    public UUID getId() { return id; }
    public EventKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getVenue() { return venue; }
    public String getOnlineLink() { return onlineLink; }
    public List<String> organiserList() { return List.of(organisers.split("\n")); }
    public int getCapacity() { return capacity; }
    public Instant getRegistrationOpensAt() { return registrationOpensAt; }
    public Instant getRegistrationClosesAt() { return registrationClosesAt; }
    public long getVersion() { return version; }
}
