package org.innoport.exchange;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.innoport.directory.Classifications;
import org.innoport.directory.Organisations;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.domain.ListingFile;
import org.innoport.exchange.domain.ListingFileRepository;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.platform.FileStore;
import org.innoport.platform.StoredFile;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange's listings: written by members of the owner organisation, moderated by officers, published for
 * {@link ExchangeProperties#validityMonths()} months. Only the owner organisation's members and officers change a
 * listing (403 otherwise); every change is checked against the version the caller read and publishes
 * {@link ListingChanged}.
 */
@Service
public class Listings {

    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";

    private final ListingRepository listings;
    private final ListingFileRepository files;
    private final FileStore fileStore;
    private final Organisations organisations;
    private final Classifications classifications;
    private final ExchangeActors actors;
    private final ExchangeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(ListingRepository listings, ListingFileRepository files, FileStore fileStore, Organisations organisations,
             Classifications classifications, ExchangeActors actors, ExchangeProperties properties,
             ApplicationEventPublisher events, Clock clock) {
        this.listings = listings;
        this.files = files;
        this.fileStore = fileStore;
        this.organisations = organisations;
        this.classifications = classifications;
        this.actors = actors;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ListingView create(ListingDetails details) {
        return create(details, actors.current(), false);
    }

    /** Creates a draft for {@code actor}; officers may name any owner organisation, others act for their own. */
    @Transactional
    public ListingView create(ListingDetails details, Actor actor, boolean sample) {
        UUID owner = actor.officer() && details.ownerOrganisationId() != null
                ? details.ownerOrganisationId() : actor.organisationId();
        if (owner == null) {
            throw new RuleViolationException("ownerOrganisationId", "exchange.listing.organisation.required");
        }
        if (!organisations.exists(owner)) {
            throw new RuleViolationException("ownerOrganisationId", "exchange.listing.organisation.unknown");
        }
        requireKnownField(details);
        Listing listing = new Listing(UUID.randomUUID(), details, owner, actor.username(), sample, now());
        listings.saveAndFlush(listing);
        events.publishEvent(new ListingChanged(listing.getId(), ListingAction.EDIT, null, listing.getStatus(), null,
                listing.details()));
        return view(listing, actor);
    }

    @Transactional
    public ListingView update(UUID id, ListingDetails details) {
        if (details.version() == null) {
            throw new RuleViolationException("version", "exchange.listing.version.required");
        }
        long version = details.version();
        requireKnownField(details);
        Actor actor = actors.current();
        Listing listing = loadForChange(id, version, actor);
        ListingDetails before = listing.details();
        ListingStatus statusBefore = listing.getStatus();
        ListingAction action = listing.edit(details, properties.priceEditNeedsReview(), now());
        listings.saveAndFlush(listing);
        events.publishEvent(new ListingChanged(id, action, statusBefore, listing.getStatus(), before, listing.details()));
        return view(listing, actor);
    }

    @Transactional
    public ListingView submit(UUID id, Long version) {
        return change(id, version, ListingAction.SUBMIT, l -> l.submit(now()));
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ListingView approve(UUID id, Long version) {
        ListingView view = change(id, version, ListingAction.APPROVE, l -> l.approve(properties.validityMonths(), now()));
        events.publishEvent(new ListingPublished(id));
        return view;
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ListingView returnForChanges(UUID id, Long version, String reasons) {
        return change(id, version, ListingAction.RETURN, l -> l.returnForChanges(reasons, now()));
    }

    @Transactional
    public ListingView renew(UUID id, Long version) {
        boolean wasExpired = load(id).getStatus() == ListingStatus.EXPIRED;
        ListingView view = change(id, version, ListingAction.RENEW, l -> l.renew(properties.validityMonths(), now()));
        if (wasExpired) {
            events.publishEvent(new ListingPublished(id));
        }
        return view;
    }

    @Transactional
    public ListingView withdraw(UUID id, Long version) {
        return change(id, version, ListingAction.WITHDRAW, l -> l.withdraw(now()));
    }

    @Transactional
    public ListingView close(UUID id, Long version, Long dealValueVnd) {
        return change(id, version, ListingAction.CLOSE, l -> l.close(dealValueVnd, now()));
    }

    /** A listing as the caller may see it: published ones to everyone, others to the owner organisation and officers. */
    @Transactional(readOnly = true)
    public ListingView get(UUID id) {
        Actor actor = actors.current();
        Listing listing = load(id);
        if (listing.getStatus() != ListingStatus.PUBLISHED && !actor.mayChange(listing.getOwnerOrganisationId())) {
            throw new NotFoundException("listing", id);
        }
        return view(listing, actor);
    }

    /** The listings of the caller's organisation, newest change first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<ListingView> mine(Pageable pageable) {
        Actor actor = actors.current();
        if (actor.organisationId() == null) {
            return Page.empty(pageable);
        }
        return views(listings.findByOwnerOrganisationIdOrderByUpdatedAtDesc(actor.organisationId(), pageable), actor);
    }

    /** Listings waiting for moderation, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(OFFICER)
    public Page<ListingView> moderationQueue(Pageable pageable) {
        return views(listings.findByStatusOrderByUpdatedAtAsc(ListingStatus.PENDING_REVIEW, pageable), actors.current());
    }

    @Transactional
    public ListingView attach(UUID id, InputStream content, String name, String declaredType, boolean image) {
        Actor actor = actors.current();
        Listing listing = loadForChange(id, null, actor);
        StoredFile stored = fileStore.store(content, name, declaredType, actor.username());
        if (image && !stored.contentType().startsWith("image/")) {
            throw new RuleViolationException("file", "exchange.listing.file.not-an-image");
        }
        files.save(new ListingFile(id, stored.id(), image, actor.username(), now()));
        return view(listing, actor);
    }

    /** A listing's file, for whoever may see the listing. */
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(UUID id, UUID fileId) {
        get(id);
        files.findByListingIdAndFileId(id, fileId).orElseThrow(() -> new NotFoundException("file", fileId));
        return fileStore.download(fileId);
    }

    /** Views of listings (for search results and matches), contact details only for signed-in callers. */
    @Transactional(readOnly = true)
    public List<ListingView> views(Collection<Listing> found) {
        Actor actor = actors.current();
        Map<UUID, String> names = organisations.names(found.stream().map(Listing::getOwnerOrganisationId).toList());
        return found.stream().map(l -> view(l, actor, names.get(l.getOwnerOrganisationId()), List.of())).toList();
    }

    boolean organisationExists(UUID id) {
        return organisations.exists(id);
    }

    Actor currentActor() {
        return actors.current();
    }

    private ListingView change(UUID id, Long version, ListingAction action, Consumer<Listing> transition) {
        Actor actor = actors.current();
        Listing listing = loadForChange(id, version, actor);
        ListingStatus before = listing.getStatus();
        transition.accept(listing);
        listings.saveAndFlush(listing);
        events.publishEvent(new ListingChanged(id, action, before, listing.getStatus(), Map.of("status", before),
                afterState(listing)));
        return view(listing, actor);
    }

    private static Map<String, Object> afterState(Listing listing) {
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("status", listing.getStatus());
        if (listing.getExpiresAt() != null) {
            state.put("expiresAt", listing.getExpiresAt());
        }
        if (listing.getReturnReasons() != null) {
            state.put("returnReasons", listing.getReturnReasons());
        }
        if (listing.getDealValueVnd() != null) {
            state.put("dealValueVnd", listing.getDealValueVnd());
        }
        return state;
    }

    private Listing loadForChange(UUID id, Long version, Actor actor) {
        Listing listing = load(id);
        if (!actor.mayChange(listing.getOwnerOrganisationId())) {
            throw new AccessDeniedException("Listing " + id + " belongs to another organisation");
        }
        if (version != null && listing.getVersion() != version) {
            throw new OptimisticLockingFailureException("Listing " + id + " is at version " + listing.getVersion()
                    + ", the change was made on version " + version);
        }
        return listing;
    }

    private Listing load(UUID id) {
        return listings.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
    }

    private void requireKnownField(ListingDetails details) {
        if (details.field() != null && !classifications.isKnown(details.field().strip())) {
            throw new RuleViolationException("field", "exchange.listing.field.unknown", details.field());
        }
    }

    private Page<ListingView> views(Page<Listing> page, Actor actor) {
        Map<UUID, String> names = organisations.names(page.map(Listing::getOwnerOrganisationId).getContent());
        return page.map(l -> view(l, actor, names.get(l.getOwnerOrganisationId()), List.of()));
    }

    private ListingView view(Listing listing, Actor actor) {
        List<ListingView.ListingFile> attached = files.findByListingIdOrderByAttachedAt(listing.getId()).stream()
                .map(f -> {
                    StoredFile stored = fileStore.get(f.getFileId());
                    return new ListingView.ListingFile(f.getFileId(), stored.originalName(), stored.contentType(),
                            stored.size(), f.isImage());
                }).toList();
        String name = organisations.names(List.of(listing.getOwnerOrganisationId())).get(listing.getOwnerOrganisationId());
        return view(listing, actor, name, attached);
    }

    static ListingView view(Listing l, Actor actor, String organisationName, List<ListingView.ListingFile> attached) {
        ListingView.Contact contact = actor.signedIn()
                ? new ListingView.Contact(l.getContactName(), l.getContactEmail(), l.getContactPhone()) : null;
        boolean insider = actor.mayChange(l.getOwnerOrganisationId());
        return new ListingView(l.getId(), l.getKind(), l.getCategory(), l.getStatus(), l.getTitle(), l.getSummary(),
                l.getDescription(), l.getField(), l.keywordList(), l.getTrl(), l.getIpStatus(), l.getPriceKind(),
                l.getPriceVnd(), l.getTerms(), l.getLocation(), contact, l.getOwnerOrganisationId(), organisationName,
                l.isSample(), insider ? l.getReturnReasons() : null, l.getPublishedAt(), l.getExpiresAt(),
                l.getClosedAt(), l.getDealValueVnd(), l.getCreatedAt(), l.getUpdatedAt(), attached, l.getVersion());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
