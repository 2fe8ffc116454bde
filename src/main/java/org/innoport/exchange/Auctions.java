package org.innoport.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.innoport.directory.Organisations;
import org.innoport.exchange.auctions.Auction;
import org.innoport.exchange.auctions.AuctionRepository;
import org.innoport.exchange.auctions.AuctionRules;
import org.innoport.exchange.auctions.Bid;
import org.innoport.exchange.auctions.BidSequencer;
import org.innoport.exchange.auctions.BidRepository;
import org.innoport.exchange.auctions.Bidder;
import org.innoport.exchange.auctions.BidderRepository;
import org.innoport.exchange.auctions.LoggedBid;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.shared.DomainException;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technology auctions. An officer creates an auction, opens registration, confirms bidders' deposits, starts
 * bidding (or the auction fails with fewer than two qualified bidders) and closes it. Bids are accepted one at a time
 * per auction: the bid transaction locks the auction row, checks the rules in the aggregate, gives the bid the next
 * sequence number and commits before the bid is acknowledged; unique constraints on (auction, seq) and (auction,
 * amount) and an append-only trigger are the database's own guarantee. The result is recomputable from the log.
 */
@Service
public class Auctions {

    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";

    private final AuctionRepository auctions;
    private final BidderRepository bidders;
    private final BidRepository bids;
    private final ListingRepository listings;
    private final Organisations organisations;
    private final ExchangeActors actors;
    private final AuctionProperties rules;
    private final ApplicationEventPublisher events;
    private final BidSequencer sequencer;
    private final Events eventCounts;
    private final Clock clock;

    Auctions(AuctionRepository auctions, BidderRepository bidders, BidRepository bids, ListingRepository listings,
             Organisations organisations, ExchangeActors actors, AuctionProperties rules,
             ApplicationEventPublisher events, BidSequencer sequencer, Events eventCounts, Clock clock) {
        this.eventCounts = eventCounts;
        this.auctions = auctions;
        this.bidders = bidders;
        this.bids = bids;
        this.listings = listings;
        this.organisations = organisations;
        this.actors = actors;
        this.rules = rules;
        this.events = events;
        this.sequencer = sequencer;
        this.clock = clock;
    }

    /** A new auction; {@code format} defaults to ENGLISH. */
    public record NewAuction(@NotBlank @Size(max = 300) String title, UUID listingId,
                             @Size(max = 10000) String lotDescription, @NotNull UUID auctionOrganisationId,
                             AuctionFormat format, @NotNull @Positive Long startingPriceVnd,
                             @NotNull @Positive Long bidStepVnd, @Positive Long reservePriceVnd,
                             @NotNull @Positive Long depositVnd, @NotNull Instant registrationOpensAt,
                             @NotNull Instant registrationClosesAt, @NotNull Instant biddingOpensAt,
                             @NotNull Instant biddingEndsAt) {
    }

    /** A bid; the idempotency key (optional, from the client) makes a replayed request refused, never doubled. */
    public record NewBid(@NotNull @Positive Long amountVnd) {
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public AuctionView create(NewAuction request) {
        if (!organisations.exists(request.auctionOrganisationId())) {
            throw new RuleViolationException("auctionOrganisationId", "auction.organisation.unknown");
        }
        if (request.listingId() != null && !listings.existsById(request.listingId())) {
            throw new RuleViolationException("listingId", "auction.listing.unknown");
        }
        Auction auction = new Auction(UUID.randomUUID(), new Auction.Terms(request.title(), request.listingId(),
                request.lotDescription(), request.auctionOrganisationId(), request.format(), request.startingPriceVnd(),
                request.bidStepVnd(), request.reservePriceVnd(), request.depositVnd(), request.registrationOpensAt(),
                request.registrationClosesAt(), request.biddingOpensAt(), request.biddingEndsAt()), rules,
                actors.current().username(), now());
        auctions.saveAndFlush(auction);
        events.publishEvent(new AuctionChanged("Auction", auction.getId(), "auction.created", null,
                Map.of("title", auction.getTitle(), "format", auction.getFormat(), "status", auction.getStatus())));
        events.publishEvent(eventCounts.counts(auction.getBiddingOpensAt().atZone(clock.getZone()).getYear()));
        return view(auction, actors.current());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AuctionView get(UUID id) {
        return view(load(id), actors.current());
    }

    /** Auctions in one status (all when {@code status} is null), latest bidding first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<AuctionView> list(AuctionStatus status, Pageable pageable) {
        Actor actor = actors.current();
        return (status == null ? auctions.findAllByOrderByBiddingOpensAtDesc(pageable)
                : auctions.findByStatusOrderByBiddingOpensAtDesc(status, pageable)).map(a -> view(a, actor));
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public AuctionView openRegistration(UUID id, Long version) {
        Auction auction = load(id);
        requireVersion(version, auction.getVersion(), id);
        AuctionStatus before = auction.getStatus();
        auction.openRegistration();
        return changed(auction, before, "auction.registration-opened");
    }

    /** Starts bidding, or fails the auction when fewer than the minimum bidders are qualified. */
    @Transactional
    @PreAuthorize(OFFICER)
    public AuctionView start(UUID id, Long version) {
        Auction auction = auctions.lockById(id).orElseThrow(() -> new NotFoundException("auction", id));
        requireVersion(version, auction.getVersion(), id);
        AuctionStatus before = auction.getStatus();
        long qualified = bidders.countByAuctionIdAndStatus(id, BidderStatus.QUALIFIED);
        auction.start(qualified, rules.minQualifiedBidders(), now());
        if (auction.getStatus() == AuctionStatus.FAILED) {
            bidders.findByAuctionIdOrderByCreatedAt(id).forEach(b -> b.settleDeposit(false));
        }
        return changed(auction, before, auction.getStatus() == AuctionStatus.FAILED ? "auction.failed" : "auction.started");
    }

    /** Closes bidding after the end: the result is computed from the log, losers' deposits marked for refund. */
    @Transactional
    @PreAuthorize(OFFICER)
    public AuctionView close(UUID id, Long version) {
        Auction auction = auctions.lockById(id).orElseThrow(() -> new NotFoundException("auction", id));
        requireVersion(version, auction.getVersion(), id);
        AuctionStatus before = auction.getStatus();
        AuctionResult result = AuctionRules.recompute(auction.rules(), log(id), false);
        auction.close(result, now());
        bidders.findByAuctionIdOrderByCreatedAt(id)
                .forEach(b -> b.settleDeposit(b.getId().equals(result.winnerRegistrationId())));
        return changed(auction, before, "auction.closed");
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public AuctionView cancel(UUID id, Long version) {
        Auction auction = load(id);
        requireVersion(version, auction.getVersion(), id);
        AuctionStatus before = auction.getStatus();
        auction.cancel();
        return changed(auction, before, "auction.cancelled");
    }

    /** The caller's organisation registers to bid, inside the registration window. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public BidderView register(UUID id) {
        Actor actor = actors.current();
        if (actor.organisationId() == null) {
            throw new AccessDeniedException("Only a user acting for an organisation registers to bid");
        }
        Auction auction = load(id);
        auction.requireRegistrationOpen(now());
        if (bidders.findByAuctionIdAndOrganisationId(id, actor.organisationId()).isPresent()) {
            throw new DomainException("auction.registration.duplicate", "auction.registration.duplicate");
        }
        Bidder bidder = bidders.saveAndFlush(new Bidder(UUID.randomUUID(), id, actor.organisationId(), actor.username(),
                now()));
        events.publishEvent(new AuctionChanged("AuctionRegistration", bidder.getId(), "auction.bidder-registered", null,
                Map.of("auctionId", id, "organisationId", actor.organisationId(), "status", bidder.getStatus())));
        return view(bidder);
    }

    /** Registrations: officers see all, a bidder its own. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BidderView> registrations(UUID id) {
        Actor actor = actors.current();
        load(id);
        return bidders.findByAuctionIdOrderByCreatedAt(id).stream()
                .filter(b -> actor.officer() || b.getOrganisationId().equals(actor.organisationId()))
                .map(this::view).toList();
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public BidderView confirmDeposit(UUID id, UUID registrationId, Long version) {
        Auction auction = load(id);
        if (auction.getStatus() != AuctionStatus.REGISTRATION_OPEN) {
            throw new org.innoport.shared.IllegalTransitionException("auction.deposit.not-open", auction.getStatus());
        }
        Bidder bidder = bidders.findById(registrationId).filter(b -> b.getAuctionId().equals(id))
                .orElseThrow(() -> new NotFoundException("auction-registration", registrationId));
        requireVersion(version, bidder.getVersion(), registrationId);
        bidder.confirmDeposit(actors.current().username(), now());
        bidders.saveAndFlush(bidder);
        events.publishEvent(new AuctionChanged("AuctionRegistration", bidder.getId(), "auction.deposit-confirmed",
                Map.of("status", BidderStatus.REGISTERED), Map.of("status", bidder.getStatus(), "depositVnd",
                auction.getDepositVnd(), "auctionId", id)));
        return view(bidder);
    }

    /**
     * Places a bid for the caller's organisation: the {@link BidSequencer} decides it under the auction's row lock in
     * arrival order (the organisation a qualified bidder, idempotency key new, amount at least best + step for English
     * or the starting price for sealed, once per sealed bidder) and answers only after the commit. Not transactional itself: the request holds
     * no connection while it waits for its turn.
     */
    @PreAuthorize("isAuthenticated()")
    public BidView bid(UUID id, NewBid request, String idempotencyKey) {
        Actor actor = actors.current();
        if (actor.organisationId() == null) {
            if (!auctions.existsById(id)) {
                throw new NotFoundException("auction", id);
            }
            throw new AccessDeniedException("Only qualified bidders bid on auction " + id);
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw new RuleViolationException("idempotencyKey", "auction.bid.idempotency-key.length");
        }
        BidSequencer.Accepted accepted;
        try {
            accepted = sequencer.submit(id, actor.organisationId(), actor.username(), request.amountVnd(), key).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        Bid bid = accepted.bid();
        return new BidView(bid.getId(), id, bid.getSeq(), bid.getOrganisationId(), null, bid.getAmountVnd(),
                bid.getPlacedAt(), accepted.biddingEndsAt());
    }

    /**
     * The ordered bid log: officers always; participants (registered bidders) once the auction is closed; a bidder
     * in an open English auction its own bids only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BidView> bids(UUID id) {
        Actor actor = actors.current();
        Auction auction = load(id);
        boolean participant = actor.organisationId() != null
                && bidders.findByAuctionIdAndOrganisationId(id, actor.organisationId()).isPresent();
        if (!actor.officer() && !(participant && auction.finished())) {
            throw new AccessDeniedException("The bid log of auction " + id + " is published to participants at close");
        }
        List<Bid> log = bids.findByAuctionIdOrderBySeq(id);
        Map<UUID, String> names = organisations.names(log.stream().map(Bid::getOrganisationId).distinct().toList());
        return log.stream().map(b -> new BidView(b.getId(), id, b.getSeq(), b.getOrganisationId(),
                names.get(b.getOrganisationId()), b.getAmountVnd(), b.getPlacedAt(), null)).toList();
    }

    /** Admits the caller to the live stream of the auction: whoever may view it. Returns who is watching. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Actor watch(UUID id) {
        load(id);
        return actors.current();
    }

    /**
     * The live state of the auction, read once and shared by all its viewers of a push; each viewer (admitted by
     * {@link #watch}) gets its own cut with {@link AuctionBoard#as(Actor)}.
     */
    @Transactional(readOnly = true)
    public AuctionBoard board(UUID id) {
        Auction a = load(id);
        Map<UUID, BidderStatus> registrations = new HashMap<>();
        bidders.findByAuctionIdOrderByCreatedAt(id).forEach(b -> registrations.put(b.getOrganisationId(), b.getStatus()));
        UUID leading = a.getFormat() == AuctionFormat.ENGLISH && a.getStatus() == AuctionStatus.BIDDING
                ? bids.findFirstByAuctionIdOrderBySeqDesc(id).map(Bid::getOrganisationId).orElse(null) : null;
        return new AuctionBoard(id, a.getStatus(), a.getFormat(), a.getBestAmountVnd(),
                a.getStatus() == AuctionStatus.BIDDING ? a.minimumNextBid() : null, a.getBidCount(), now(),
                a.getBiddingEndsAt(), a.result(), a.getVersion(), registrations, leading,
                Set.copyOf(bids.findBiddingOrganisations(id)));
    }

    /** The bid log when the caller may see it ({@link #bids}), otherwise empty: for pages that show what they may. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BidView> visibleBids(UUID id) {
        try {
            return bids(id);
        } catch (AccessDeniedException notYet) {
            return List.of();
        }
    }

    /** Recomputes the result from the log alone and compares it with the stored one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AuctionVerification verify(UUID id) {
        bids(id);
        Auction auction = load(id);
        List<LoggedBid> log = log(id);
        AuctionResult recomputed = auction.finished()
                ? AuctionRules.recompute(auction.rules(), log, auction.getStatus() == AuctionStatus.FAILED) : null;
        List<String> violations = AuctionRules.violations(auction.rules(), log);
        AuctionResult stored = auction.result();
        boolean consistent = violations.isEmpty() && Objects.equals(stored, recomputed)
                && log.size() == auction.getBidCount();
        return new AuctionVerification(id, auction.getStatus(), stored, recomputed, violations, consistent);
    }

    private List<LoggedBid> log(UUID id) {
        return bids.findByAuctionIdOrderBySeq(id).stream().map(Bid::logged).toList();
    }

    private AuctionView changed(Auction auction, AuctionStatus before, String action) {
        auctions.saveAndFlush(auction);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", auction.getStatus());
        if (auction.result() != null) {
            after.put("outcome", auction.result().outcome());
            if (auction.result().priceVnd() != null) {
                after.put("priceVnd", auction.result().priceVnd());
                after.put("winnerOrganisationId", auction.result().winnerOrganisationId());
            }
        }
        events.publishEvent(new AuctionChanged("Auction", auction.getId(), action, Map.of("status", before), after));
        return view(auction, actors.current());
    }

    private Auction load(UUID id) {
        return auctions.findById(id).orElseThrow(() -> new NotFoundException("auction", id));
    }

    private AuctionView view(Auction a, Actor actor) {
        BidderStatus mine = actor.organisationId() == null ? null
                : bidders.findByAuctionIdAndOrganisationId(a.getId(), actor.organisationId()).map(Bidder::getStatus)
                .orElse(null);
        boolean english = a.getFormat() == AuctionFormat.ENGLISH;
        String organisation = organisations.names(List.of(a.getAuctionOrganisationId())).get(a.getAuctionOrganisationId());
        return new AuctionView(a.getId(), a.getTitle(), a.getListingId(), a.getLotDescription(),
                a.getAuctionOrganisationId(), organisation, a.getFormat(), a.getStartingPriceVnd(), a.getBidStepVnd(),
                actor.officer() ? a.getReservePriceVnd() : null, a.getDepositVnd(), a.getRegistrationOpensAt(),
                a.getRegistrationClosesAt(), a.getBiddingOpensAt(), a.getBiddingEndsAt(), a.getStatus(),
                a.getBidCount(), english || a.finished() ? a.getBestAmountVnd() : null,
                english && a.getStatus() == AuctionStatus.BIDDING ? a.minimumNextBid() : null, mine, a.result(),
                now(), a.getVersion());
    }

    private BidderView view(Bidder b) {
        return new BidderView(b.getId(), b.getAuctionId(), b.getOrganisationId(),
                organisations.names(List.of(b.getOrganisationId())).get(b.getOrganisationId()), b.getStatus(),
                b.getDepositConfirmedBy(), b.getDepositConfirmedAt(), b.getDepositDisposition(), b.getVersion());
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
