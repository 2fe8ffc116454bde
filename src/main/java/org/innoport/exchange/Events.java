package org.innoport.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.exchange.events.EventOutcome;
import org.innoport.exchange.events.EventOutcomeRepository;
import org.innoport.exchange.events.EventRegistration;
import org.innoport.exchange.events.EventRegistrationRepository;
import org.innoport.exchange.events.ExchangeEvent;
import org.innoport.exchange.events.ExchangeEventRepository;
import org.innoport.shared.DomainException;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange events: an officer creates an event with a capacity; signed-in users register (for their organisation)
 * inside the registration window, CONFIRMED up to capacity and WAITLISTED beyond it; cancelling a confirmed place
 * promotes the first on the waiting list; officers check attendees in. Registrations and cancellations of one event
 * are serialised by its row lock, so capacity is never exceeded.
 */
@Service
public class Events {

    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";

    private final ExchangeEventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventOutcomeRepository outcomes;
    private final ExchangeActors actors;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Clock clock;

    Events(ExchangeEventRepository events, EventRegistrationRepository registrations, EventOutcomeRepository outcomes,
           ExchangeActors actors, ApplicationEventPublisher publisher, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.events = events;
        this.registrations = registrations;
        this.actors = actors;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A new event; a venue or an online link (or both). */
    public record NewEvent(@NotNull EventKind kind, @NotBlank @Size(max = 300) String title, @NotNull Instant startsAt,
                           @NotNull Instant endsAt, @Size(max = 500) String venue, @Size(max = 1000) String onlineLink,
                           @NotEmpty List<@Size(max = 300) String> organisers, @NotNull @Positive Integer capacity,
                           @NotNull Instant registrationOpensAt, @NotNull Instant registrationClosesAt) {
    }

    /**
     * What came of an event. {@code version} is the version read when revising a recorded outcome (absent the first
     * time); a contract needs its value in VND.
     */
    public record OutcomeEntry(Long version, @NotNull @PositiveOrZero Integer connectionsMade,
                               @NotNull @PositiveOrZero Integer mous, @NotNull @PositiveOrZero Integer contracts,
                               @NotNull @PositiveOrZero Long contractValueVnd, @Size(max = 2000) String note) {
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public EventView create(NewEvent r) {
        ExchangeEvent event = events.saveAndFlush(new ExchangeEvent(UUID.randomUUID(), r.kind(), r.title(), r.startsAt(),
                r.endsAt(), r.venue(), r.onlineLink(), r.organisers(), r.capacity(), r.registrationOpensAt(),
                r.registrationClosesAt(), actors.current().username(), now()));
        publisher.publishEvent(new ExchangeChanged("ExchangeEvent", event.getId(), "event.created", null,
                Map.of("kind", event.getKind(), "title", event.getTitle(), "capacity", event.getCapacity())));
        publisher.publishEvent(counts(event.getStartsAt().atZone(clock.getZone()).getYear()));
        return view(event);
    }

    @Transactional(readOnly = true)
    public EventView get(UUID id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Page<EventView> upcoming(Pageable pageable) {
        return events.findByStartsAtGreaterThanEqualOrderByStartsAt(now().minus(1, ChronoUnit.DAYS), pageable)
                .map(this::view);
    }

    /** Upcoming events (from yesterday on), optionally of one kind, soonest first. */
    @Transactional(readOnly = true)
    public Page<EventView> upcoming(EventKind kind, Pageable pageable) {
        if (kind == null) {
            return upcoming(pageable);
        }
        return events.findByKindAndStartsAtGreaterThanEqualOrderByStartsAt(kind, now().minus(1, ChronoUnit.DAYS),
                pageable).map(this::view);
    }

    /** Registers the caller: confirmed while places remain, otherwise on the waiting list. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public EventRegistrationView register(UUID eventId) {
        Actor actor = actors.current();
        ExchangeEvent event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        event.requireRegistrationOpen(now());
        if (registrations.existsByEventIdAndUsernameAndStatusNot(eventId, actor.username(),
                EventRegistrationStatus.CANCELLED)) {
            throw new DomainException("event.registration.duplicate", "event.registration.duplicate");
        }
        boolean place = registrations.countByEventIdAndStatus(eventId, EventRegistrationStatus.CONFIRMED)
                < event.getCapacity();
        EventRegistration registration = registrations.saveAndFlush(new EventRegistration(UUID.randomUUID(), eventId,
                actor.organisationId(), actor.username(), place, now()));
        publisher.publishEvent(new ExchangeChanged("EventRegistration", registration.getId(), "event.registered", null,
                Map.of("eventId", eventId, "status", registration.getStatus())));
        return view(registration);
    }

    /** Cancels a registration (its owner or an officer); a freed place goes to the first on the waiting list. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public EventRegistrationView cancel(UUID eventId, UUID registrationId) {
        Actor actor = actors.current();
        events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        EventRegistration registration = registration(eventId, registrationId);
        if (!actor.officer() && !registration.getUsername().equals(actor.username())) {
            throw new AccessDeniedException("Registration " + registrationId + " is someone else's");
        }
        EventRegistrationStatus before = registration.getStatus();
        boolean freed = registration.cancel(now());
        registrations.saveAndFlush(registration);
        publisher.publishEvent(new ExchangeChanged("EventRegistration", registrationId, "event.registration-cancelled",
                Map.of("status", before), Map.of("status", registration.getStatus())));
        if (freed) {
            registrations.findFirstByEventIdAndStatusOrderByQueueNoAsc(eventId,
                    EventRegistrationStatus.WAITLISTED).ifPresent(next -> {
                        next.promote(now());
                        registrations.saveAndFlush(next);
                        publisher.publishEvent(new ExchangeChanged("EventRegistration", next.getId(),
                                "event.registration-promoted", Map.of("status", EventRegistrationStatus.WAITLISTED),
                                Map.of("status", next.getStatus())));
                    });
        }
        return view(registration);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EventRegistrationView> registrations(UUID eventId) {
        Actor actor = actors.current();
        load(eventId);
        return registrations.findByEventIdOrderByQueueNo(eventId).stream()
                .filter(r -> actor.officer() || r.getUsername().equals(actor.username())).map(Events::view).toList();
    }

    /** An officer records attendance of a confirmed registration. */
    @Transactional
    @PreAuthorize(OFFICER)
    public EventRegistrationView checkIn(UUID eventId, UUID registrationId, Long version) {
        EventRegistration registration = registration(eventId, registrationId);
        if (version != null && version != registration.getVersion()) {
            throw new OptimisticLockingFailureException(registrationId + " is at version " + registration.getVersion());
        }
        registration.checkIn(actors.current().username(), now());
        registrations.saveAndFlush(registration);
        publisher.publishEvent(new ExchangeChanged("EventRegistration", registrationId, "event.checked-in", null,
                Map.of("checkedInAt", registration.getCheckedInAt())));
        return view(registration);
    }

    /** The recorded outcome of an event, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<EventOutcomeView> outcome(UUID eventId) {
        load(eventId);
        return outcomes.findById(eventId).map(Events::view);
    }

    /**
     * An officer records (or revises) what came of an event, once it has started; audited with the figures before
     * and after, and the year's counts are published again for the indicators.
     */
    @Transactional
    @PreAuthorize(OFFICER)
    public EventOutcomeView recordOutcome(UUID eventId, OutcomeEntry entry) {
        ExchangeEvent event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        if (now().isBefore(event.getStartsAt())) {
            throw new IllegalTransitionException("event.outcome.not-started");
        }
        EventOutcome outcome = outcomes.findById(eventId).orElse(null);
        Map<String, Object> before = null;
        if (outcome == null) {
            if (entry.version() != null && entry.version() != 0) {
                throw new OptimisticLockingFailureException("no outcome recorded for " + eventId + " yet");
            }
            outcome = new EventOutcome(eventId);
        } else {
            if (entry.version() == null) {
                throw new RuleViolationException("version", "event.outcome.version-required");
            }
            if (entry.version() != outcome.getVersion()) {
                throw new OptimisticLockingFailureException(eventId + " outcome is at version " + outcome.getVersion());
            }
            before = figures(outcome);
        }
        outcome.record(entry.connectionsMade(), entry.mous(), entry.contracts(), entry.contractValueVnd(), entry.note(),
                actors.current().username(), now());
        EventOutcome saved = outcomes.saveAndFlush(outcome);
        publisher.publishEvent(new ExchangeChanged("ExchangeEvent", eventId,
                before == null ? "event.outcome-recorded" : "event.outcome-revised", before, figures(saved)));
        publisher.publishEvent(counts(event.getStartsAt().atZone(clock.getZone()).getYear()));
        return view(saved);
    }

    private static Map<String, Object> figures(EventOutcome o) {
        return Map.of("connectionsMade", o.getConnectionsMade(), "mous", o.getMous(), "contracts", o.getContracts(),
                "contractValueVnd", o.getContractValueVnd());
    }

    private static EventOutcomeView view(EventOutcome o) {
        return new EventOutcomeView(o.getEventId(), o.getConnectionsMade(), o.getMous(), o.getContracts(),
                o.getContractValueVnd(), o.getNote(), o.getRecordedBy(), o.getRecordedAt(), o.getVersion());
    }

    /** The year's counts of events by kind and of auctions, and the outcomes of its events, read with SQL. */
    @Transactional(readOnly = true)
    public EventYearCounts counts(int year) {
        return jdbc.sql("""
                        with year_events as (
                            select e.kind, o.connections_made, o.mous, o.contracts, o.contract_value_vnd
                              from exchange.events e left join exchange.event_outcomes o on o.event_id = e.id
                             where extract(year from e.starts_at at time zone :zone) = :year)
                        select count(*) filter (where kind = 'WORKSHOP') as workshops,
                               count(*) filter (where kind = 'TRAINING') as trainings,
                               count(*) filter (where kind = 'CONNECTION_SESSION') as sessions,
                               count(*) filter (where kind = 'FAIR') as fairs,
                               (select count(*) from exchange.auctions a
                                 where extract(year from a.bidding_opens_at at time zone :zone) = :year) as auctions,
                               coalesce(sum(connections_made), 0) as connections_made,
                               coalesce(sum(mous), 0) as mous,
                               coalesce(sum(contracts), 0) as contracts,
                               coalesce(sum(contract_value_vnd), 0) as contract_value
                          from year_events""")
                .param("zone", clock.getZone().getId()).param("year", year)
                .query((rs, n) -> new EventYearCounts(year, rs.getLong("workshops"), rs.getLong("trainings"),
                        rs.getLong("sessions"), rs.getLong("fairs"), rs.getLong("auctions"),
                        rs.getLong("connections_made"), rs.getLong("mous"), rs.getLong("contracts"),
                        rs.getLong("contract_value")))
                .single();
    }

    private EventRegistration registration(UUID eventId, UUID registrationId) {
        return registrations.findById(registrationId).filter(r -> r.getEventId().equals(eventId))
                .orElseThrow(() -> new NotFoundException("event-registration", registrationId));
    }

    private ExchangeEvent load(UUID id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
    }

    private EventView view(ExchangeEvent e) {
        return new EventView(e.getId(), e.getKind(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), e.getVenue(),
                e.getOnlineLink(), e.organiserList(), e.getCapacity(), e.getRegistrationOpensAt(),
                e.getRegistrationClosesAt(),
                registrations.countByEventIdAndStatus(e.getId(), EventRegistrationStatus.CONFIRMED),
                registrations.countByEventIdAndStatus(e.getId(), EventRegistrationStatus.WAITLISTED), e.getVersion());
    }

    private static EventRegistrationView view(EventRegistration r) {
        return new EventRegistrationView(r.getId(), r.getEventId(), r.getOrganisationId(), r.getUsername(),
                r.getStatus(), r.getRegisteredAt(), r.getPromotedAt(), r.getCheckedInAt(), r.getVersion());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
