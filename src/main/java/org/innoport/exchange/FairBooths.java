package org.innoport.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.Organisations;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.exchange.events.EventBooth;
import org.innoport.exchange.events.EventBoothRepository;
import org.innoport.exchange.events.ExchangeEvent;
import org.innoport.exchange.events.ExchangeEventRepository;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booths of a fair (a FAIR event): officers lay them out by code and assign each to one exhibiting organisation
 * from the directory, with some of that organisation's published listings to show; a booth is assigned once and
 * must be unassigned before it goes to someone else. Every change is audited.
 */
@Service
public class FairBooths {

    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";

    private final ExchangeEventRepository events;
    private final EventBoothRepository booths;
    private final ListingRepository listings;
    private final Organisations organisations;
    private final ExchangeActors actors;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    FairBooths(ExchangeEventRepository events, EventBoothRepository booths, ListingRepository listings,
               Organisations organisations, ExchangeActors actors, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.booths = booths;
        this.listings = listings;
        this.organisations = organisations;
        this.actors = actors;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A booth to lay out. */
    public record NewBooth(@NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}._-]+") String code) {
    }

    /** An assignment; {@code version} is the booth's version read. */
    public record Assignment(Long version, @NotNull UUID exhibitorOrganisationId, List<@NotNull UUID> listingIds) {
    }

    /** The booths of an event, by code; listings no longer published are not shown. */
    @Transactional(readOnly = true)
    public List<BoothView> of(UUID eventId) {
        load(eventId);
        List<EventBooth> all = booths.findByEventIdOrderByCode(eventId);
        Map<UUID, String> names = organisations.names(all.stream().map(EventBooth::getExhibitorOrganisationId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return all.stream().map(b -> view(b, names)).toList();
    }

    /** A published listing an officer may put on show, with its owner, for the booth assignment form. */
    public record ShowableListing(UUID id, String title, UUID ownerOrganisationId, String ownerName) {
    }

    /** Published listings (up to 200, by title) for the booth assignment form. */
    @Transactional(readOnly = true)
    @PreAuthorize(OFFICER)
    public List<ShowableListing> showable() {
        List<Listing> published = listings.findTop200ByStatusOrderByTitle(ListingStatus.PUBLISHED);
        Map<UUID, String> names = organisations.names(published.stream().map(Listing::getOwnerOrganisationId)
                .distinct().toList());
        return published.stream().map(l -> new ShowableListing(l.getId(), l.getTitle(), l.getOwnerOrganisationId(),
                names.get(l.getOwnerOrganisationId()))).toList();
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public BoothView create(UUID eventId, NewBooth request) {
        ExchangeEvent event = load(eventId);
        if (event.getKind() != EventKind.FAIR) {
            throw new IllegalTransitionException("event.booth.not-a-fair", event.getKind());
        }
        if (booths.existsByEventIdAndCodeIgnoreCase(eventId, request.code().strip())) {
            throw new RuleViolationException("code", "event.booth.code-taken", request.code().strip());
        }
        EventBooth booth = booths.saveAndFlush(new EventBooth(UUID.randomUUID(), eventId, request.code(), now()));
        publisher.publishEvent(new ExchangeChanged("EventBooth", booth.getId(), "event.booth-created", null,
                Map.of("eventId", eventId, "code", booth.getCode())));
        return view(booth, Map.of());
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public BoothView assign(UUID eventId, UUID boothId, Assignment request) {
        EventBooth booth = booth(eventId, boothId);
        requireVersion(request.version(), booth);
        UUID exhibitor = request.exhibitorOrganisationId();
        if (!organisations.exists(exhibitor)) {
            throw new RuleViolationException("exhibitorOrganisationId", "event.booth.exhibitor-unknown");
        }
        Set<UUID> shown = new LinkedHashSet<>(request.listingIds() == null ? List.of() : request.listingIds());
        for (UUID listingId : shown) {
            Listing listing = listings.findById(listingId).orElse(null);
            if (listing == null || !exhibitor.equals(listing.getOwnerOrganisationId())) {
                throw new RuleViolationException("listingIds", "event.booth.listing-not-exhibitors");
            }
            if (listing.getStatus() != ListingStatus.PUBLISHED) {
                throw new RuleViolationException("listingIds", "event.booth.listing-not-published", listing.getTitle());
            }
        }
        booth.assign(exhibitor, shown, actors.current().username(), now());
        EventBooth saved = booths.saveAndFlush(booth);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", saved.getCode());
        after.put("exhibitorOrganisationId", exhibitor);
        after.put("listingIds", List.copyOf(shown));
        publisher.publishEvent(new ExchangeChanged("EventBooth", boothId, "event.booth-assigned", null, after));
        return view(saved, organisations.names(List.of(exhibitor)));
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public BoothView unassign(UUID eventId, UUID boothId, Long version) {
        EventBooth booth = booth(eventId, boothId);
        requireVersion(version, booth);
        UUID before = booth.getExhibitorOrganisationId();
        booth.unassign();
        EventBooth saved = booths.saveAndFlush(booth);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("code", saved.getCode());
        was.put("exhibitorOrganisationId", before);
        publisher.publishEvent(new ExchangeChanged("EventBooth", boothId, "event.booth-unassigned", was,
                Map.of("code", saved.getCode())));
        return view(saved, Map.of());
    }

    private static void requireVersion(Long version, EventBooth booth) {
        if (version != null && version != booth.getVersion()) {
            throw new OptimisticLockingFailureException(booth.getId() + " is at version " + booth.getVersion());
        }
    }

    private EventBooth booth(UUID eventId, UUID boothId) {
        return booths.findById(boothId).filter(b -> b.getEventId().equals(eventId))
                .orElseThrow(() -> new NotFoundException("event-booth", boothId));
    }

    private ExchangeEvent load(UUID id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
    }

    private BoothView view(EventBooth b, Map<UUID, String> names) {
        List<BoothView.BoothListing> shown = b.getListingIds().isEmpty() ? List.of()
                : listings.findAllById(b.getListingIds()).stream()
                        .filter(l -> l.getStatus() == ListingStatus.PUBLISHED)
                        .sorted(java.util.Comparator.comparing(Listing::getTitle))
                        .map(l -> new BoothView.BoothListing(l.getId(), l.getTitle(), l.getKind())).toList();
        UUID exhibitor = b.getExhibitorOrganisationId();
        return new BoothView(b.getId(), b.getEventId(), b.getCode(), exhibitor,
                exhibitor == null ? null : names.get(exhibitor), shown, b.getVersion());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
