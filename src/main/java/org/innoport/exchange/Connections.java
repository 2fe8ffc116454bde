package org.innoport.exchange;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.Organisations;
import org.innoport.exchange.domain.ConnectionSession;
import org.innoport.exchange.domain.ConnectionSessionRepository;
import org.innoport.exchange.domain.Interest;
import org.innoport.exchange.domain.InterestRepository;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.platform.Notifications;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From contact to deal: a signed-in organisation expresses interest in a published listing, the listing's owner
 * accepts or declines, an officer organises a connection session and records what came of it. The yearly counts
 * are published as {@link ExchangeYearCounts} after every session change.
 */
@Service
public class Connections {

    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final InterestRepository interests;
    private final ConnectionSessionRepository sessions;
    private final ListingRepository listings;
    private final Organisations organisations;
    private final ExchangeActors actors;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Connections(InterestRepository interests, ConnectionSessionRepository sessions, ListingRepository listings,
                Organisations organisations, ExchangeActors actors, Notifications notifications, MessageSource messages,
                ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.interests = interests;
        this.sessions = sessions;
        this.listings = listings;
        this.organisations = organisations;
        this.actors = actors;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An expression of interest. */
    public record NewInterest(@NotNull UUID listingId, @Size(max = 2000) String message) {
    }

    /** A session to organise; {@code interestId} optional. */
    public record NewSession(@NotNull UUID listingId, UUID interestId, @NotNull LocalDate heldOn,
                             @NotEmpty List<@Size(max = 300) String> parties, boolean international) {
    }

    /** The outcome of a session; a contract needs its value. */
    public record Outcome(Long version, @NotNull SessionOutcome outcome, @PositiveOrZero Long contractValueVnd) {
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public InterestView express(NewInterest request) {
        Actor actor = actors.current();
        Listing listing = listings.findById(request.listingId())
                .orElseThrow(() -> new NotFoundException("listing", request.listingId()));
        if (listing.getStatus() != ListingStatus.PUBLISHED) {
            throw new RuleViolationException("listingId", "exchange.interest.listing-not-published");
        }
        if (actor.organisationId() != null && actor.organisationId().equals(listing.getOwnerOrganisationId())) {
            throw new RuleViolationException("listingId", "exchange.interest.own-listing");
        }
        String message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        Interest interest = interests.saveAndFlush(new Interest(UUID.randomUUID(), listing.getId(),
                actor.organisationId(), actor.username(), message, now()));
        events.publishEvent(new ExchangeChanged("Interest", interest.getId(), "interest.sent", null,
                Map.of("listingId", listing.getId(), "status", interest.getStatus())));
        if (listing.getCreatedBy() != null) {
            Object[] args = {listing.getTitle(), message == null ? "" : message};
            notifications.send(listing.getCreatedBy(), actors.emailOf(listing.getCreatedBy()),
                    messages.getMessage("exchange.interest.notification.subject", args, VIETNAMESE),
                    messages.getMessage("exchange.interest.notification.body", args, VIETNAMESE));
        }
        return view(interest, listing);
    }

    /** The owner organisation of the listing (or an officer) accepts or declines. */
    @Transactional
    public InterestView decide(UUID id, Long version, boolean accept) {
        Actor actor = actors.current();
        Interest interest = interests.findById(id).orElseThrow(() -> new NotFoundException("interest", id));
        Listing listing = listings.findById(interest.getListingId()).orElseThrow();
        if (!actor.mayChange(listing.getOwnerOrganisationId())) {
            throw new AccessDeniedException("Interest " + id + " is on another organisation's listing");
        }
        requireVersion(version, interest.getVersion(), id);
        InterestStatus before = interest.getStatus();
        interest.decide(accept, now());
        interests.saveAndFlush(interest);
        events.publishEvent(new ExchangeChanged("Interest", id, accept ? "interest.accepted" : "interest.declined",
                Map.of("status", before), Map.of("status", interest.getStatus())));
        return view(interest, listing);
    }

    /** Interests the caller sent or received; officers see all. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<InterestView> interests(Pageable pageable) {
        Actor actor = actors.current();
        Page<Interest> page = actor.officer() ? interests.findAllByOrderByCreatedAtDesc(pageable)
                : interests.involving(actor.organisationId(), actor.username(), pageable);
        return page.map(i -> view(i, listings.findById(i.getListingId()).orElseThrow()));
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ConnectionSessionView organise(NewSession request) {
        Listing listing = listings.findById(request.listingId())
                .orElseThrow(() -> new NotFoundException("listing", request.listingId()));
        if (request.interestId() != null) {
            Interest interest = interests.findById(request.interestId())
                    .orElseThrow(() -> new NotFoundException("interest", request.interestId()));
            if (!interest.getListingId().equals(listing.getId())) {
                throw new RuleViolationException("interestId", "exchange.session.interest.other-listing");
            }
        }
        ConnectionSession session = sessions.saveAndFlush(new ConnectionSession(UUID.randomUUID(), listing.getId(),
                request.interestId(), request.heldOn(), request.parties(), request.international(),
                actors.current().username(), now()));
        events.publishEvent(new ExchangeChanged("ConnectionSession", session.getId(), "connection-session.organised",
                null, Map.of("listingId", listing.getId(), "heldOn", request.heldOn(), "international",
                request.international())));
        publishCounts(session.getHeldOn().getYear());
        return view(session);
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ConnectionSessionView recordOutcome(UUID id, Outcome outcome) {
        ConnectionSession session = sessions.findById(id).orElseThrow(() -> new NotFoundException("connection-session", id));
        requireVersion(outcome.version(), session.getVersion(), id);
        session.record(outcome.outcome(), outcome.contractValueVnd());
        sessions.saveAndFlush(session);
        var after = new java.util.LinkedHashMap<String, Object>();
        after.put("outcome", session.getOutcome());
        if (session.getContractValueVnd() != null) {
            after.put("contractValueVnd", session.getContractValueVnd());
        }
        events.publishEvent(new ExchangeChanged("ConnectionSession", id, "connection-session.outcome-recorded", null,
                after));
        publishCounts(session.getHeldOn().getYear());
        return view(session);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(OFFICER)
    public Page<ConnectionSessionView> sessions(int year, Pageable pageable) {
        return sessions.findByHeldOnBetweenOrderByHeldOnDesc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), pageable)
                .map(Connections::view);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(OFFICER)
    public ConnectionSessionView session(UUID id) {
        return view(sessions.findById(id).orElseThrow(() -> new NotFoundException("connection-session", id)));
    }

    /** The year's counts, read with SQL. */
    @Transactional(readOnly = true)
    public ExchangeYearCounts counts(int year) {
        return jdbc.sql("""
                        select count(*) as sessions,
                               count(*) filter (where international) as international,
                               count(*) filter (where outcome in ('MOU', 'CONTRACT')) as deals,
                               coalesce(sum(contract_value_vnd), 0) as deal_value
                          from exchange.connection_sessions
                         where held_on >= make_date(:year, 1, 1) and held_on < make_date(:year + 1, 1, 1)""")
                .param("year", year)
                .query((rs, n) -> new ExchangeYearCounts(year, rs.getLong("sessions"), rs.getLong("international"),
                        rs.getLong("deals"), rs.getLong("deal_value")))
                .single();
    }

    private void publishCounts(int year) {
        events.publishEvent(counts(year));
    }

    private InterestView view(Interest interest, Listing listing) {
        String organisation = interest.getFromOrganisationId() == null ? null
                : organisations.names(List.of(interest.getFromOrganisationId())).get(interest.getFromOrganisationId());
        return new InterestView(interest.getId(), listing.getId(), listing.getTitle(), interest.getFromOrganisationId(),
                organisation, interest.getFromUsername(), interest.getMessage(), interest.getStatus(),
                interest.getCreatedAt(), interest.getDecidedAt(), interest.getVersion());
    }

    private static ConnectionSessionView view(ConnectionSession s) {
        return new ConnectionSessionView(s.getId(), s.getListingId(), s.getInterestId(), s.getHeldOn(), s.partyList(),
                s.isInternational(), s.getOutcome(), s.getContractValueVnd(), s.getOrganisedBy(), s.getVersion());
    }

    private static void requireVersion(Long expected, long actual, UUID id) {
        if (expected != null && expected != actual) {
            throw new OptimisticLockingFailureException(id + " is at version " + actual + ", not " + expected);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
