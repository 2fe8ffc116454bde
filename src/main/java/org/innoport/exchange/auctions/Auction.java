package org.innoport.exchange.auctions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.innoport.exchange.AuctionAction;
import org.innoport.exchange.AuctionFormat;
import org.innoport.exchange.AuctionOutcome;
import org.innoport.exchange.AuctionProperties;
import org.innoport.exchange.AuctionResult;
import org.innoport.exchange.AuctionStatus;
import org.innoport.shared.DomainException;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/**
 * A technology auction. Every change goes through {@link AuctionTransitions}; a bid is accepted only while bidding,
 * inside the bidding window and (English) at least the current best plus the step. The service holds the auction's
 * row lock ({@code select ... for update}) while it accepts a bid, so bids get one total order (their sequence
 * number).
 */
@Entity
@Table(name = "auctions", schema = "exchange")
public class Auction {

    public static final String TOO_LOW = "auction.bid.too-low";
    public static final String OUTSIDE_WINDOW = "auction.bid.outside-window";

    @Id
    private UUID id;
    private String title;
    private UUID listingId;
    private String lotDescription;
    private UUID auctionOrganisationId;
    @Enumerated(EnumType.STRING)
    private AuctionFormat format;
    private long startingPriceVnd;
    private long bidStepVnd;
    private Long reservePriceVnd;
    private long depositVnd;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private Instant biddingOpensAt;
    private Instant biddingEndsAt;
    private int extensionWindowSeconds;
    private int extensionSeconds;
    @Enumerated(EnumType.STRING)
    private AuctionStatus status;
    private int bidCount;
    private Long bestAmountVnd;
    @Enumerated(EnumType.STRING)
    private AuctionOutcome outcome;
    private UUID winnerRegistrationId;
    private UUID winnerOrganisationId;
    private Long priceVnd;
    private Integer winningSeq;
    private Instant closedAt;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Auction() {
    }

    /** The terms of a new auction, validated against the configured rules. */
    public record Terms(String title, UUID listingId, String lotDescription, UUID auctionOrganisationId,
                        AuctionFormat format, long startingPriceVnd, long bidStepVnd, Long reservePriceVnd,
                        long depositVnd, Instant registrationOpensAt, Instant registrationClosesAt,
                        Instant biddingOpensAt, Instant biddingEndsAt) {
    }

    public Auction(UUID id, Terms terms, AuctionProperties rules, String createdBy, Instant now) {
        if (terms.listingId() == null && (terms.lotDescription() == null || terms.lotDescription().isBlank())) {
            throw new RuleViolationException("lotDescription", "auction.lot.required");
        }
        if (terms.startingPriceVnd() <= 0) {
            throw new RuleViolationException("startingPriceVnd", "auction.starting-price.positive");
        }
        if (terms.bidStepVnd() <= 0) {
            throw new RuleViolationException("bidStepVnd", "auction.bid-step.positive");
        }
        if (terms.reservePriceVnd() != null && terms.reservePriceVnd() <= 0) {
            throw new RuleViolationException("reservePriceVnd", "auction.reserve.positive");
        }
        if (!depositWithinBounds(terms.depositVnd(), terms.startingPriceVnd(), rules)) {
            throw new RuleViolationException("depositVnd", "auction.deposit.bounds", rules.minDepositPercent(),
                    rules.maxDepositPercent());
        }
        if (!terms.registrationOpensAt().isBefore(terms.registrationClosesAt())) {
            throw new RuleViolationException("registrationClosesAt", "auction.window.registration");
        }
        if (terms.biddingOpensAt().isBefore(terms.registrationClosesAt())) {
            throw new RuleViolationException("biddingOpensAt", "auction.window.bidding-after-registration");
        }
        if (!terms.biddingOpensAt().isBefore(terms.biddingEndsAt())) {
            throw new RuleViolationException("biddingEndsAt", "auction.window.bidding");
        }
        this.id = id;
        this.title = terms.title().strip();
        this.listingId = terms.listingId();
        this.lotDescription = terms.lotDescription() == null || terms.lotDescription().isBlank() ? null
                : terms.lotDescription().strip();
        this.auctionOrganisationId = terms.auctionOrganisationId();
        this.format = terms.format() == null ? AuctionFormat.ENGLISH : terms.format();
        this.startingPriceVnd = terms.startingPriceVnd();
        this.bidStepVnd = terms.bidStepVnd();
        this.reservePriceVnd = terms.reservePriceVnd();
        this.depositVnd = terms.depositVnd();
        this.registrationOpensAt = micros(terms.registrationOpensAt());
        this.registrationClosesAt = micros(terms.registrationClosesAt());
        this.biddingOpensAt = micros(terms.biddingOpensAt());
        this.biddingEndsAt = micros(terms.biddingEndsAt());
        this.extensionWindowSeconds = Math.toIntExact(rules.extensionWindow().toSeconds());
        this.extensionSeconds = Math.toIntExact(rules.extension().toSeconds());
        this.status = AuctionStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** PostgreSQL keeps microseconds: the aggregate holds exactly what it stores. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** 5–20 % (<em>default</em>) of the starting price, bounds included, in exact integer arithmetic. */
    public static boolean depositWithinBounds(long deposit, long startingPrice, AuctionProperties rules) {
        long scaled = Math.multiplyExact(deposit, 100L);
        return scaled >= Math.multiplyExact(startingPrice, (long) rules.minDepositPercent())
                && scaled <= Math.multiplyExact(startingPrice, (long) rules.maxDepositPercent());
    }

    private void apply(AuctionAction action) {
        this.status = AuctionTransitions.next(status, action)
                .orElseThrow(() -> new IllegalTransitionException("auction.transition.illegal", status, action));
    }

    public void openRegistration() {
        apply(AuctionAction.OPEN_REGISTRATION);
    }

    public boolean registrationOpen(Instant now) {
        return status == AuctionStatus.REGISTRATION_OPEN && !now.isBefore(registrationOpensAt)
                && now.isBefore(registrationClosesAt);
    }

    public void requireRegistrationOpen(Instant now) {
        if (status != AuctionStatus.REGISTRATION_OPEN) {
            throw new IllegalTransitionException("auction.registration.not-open", status);
        }
        if (!registrationOpen(now)) {
            throw new DomainException("auction.registration.outside-window", "auction.registration.outside-window");
        }
    }

    /**
     * Bidding starts at its opening with enough qualified bidders; with fewer the auction FAILS (and the result
     * says so).
     */
    public void start(long qualifiedBidders, int minimum, Instant now) {
        if (now.isBefore(biddingOpensAt)) {
            throw new DomainException("auction.start.too-early", "auction.start.too-early", biddingOpensAt);
        }
        if (qualifiedBidders < minimum) {
            apply(AuctionAction.FAIL);
            record(new AuctionResult(AuctionOutcome.FAILED, null, null, null, null, 0), now);
        } else {
            apply(AuctionAction.START);
        }
    }

    /**
     * Accepts a bid: checks state, window and amount, gives it the next sequence number and extends the end when it
     * comes in the last minutes (anti-sniping, English only). The caller holds the row lock.
     *
     * @return the bid's sequence number
     */
    public int accept(long amountVnd, Instant now) {
        if (status != AuctionStatus.BIDDING) {
            throw new IllegalTransitionException("auction.bid.not-bidding", status);
        }
        if (now.isBefore(biddingOpensAt) || !now.isBefore(biddingEndsAt)) {
            throw new DomainException(OUTSIDE_WINDOW, OUTSIDE_WINDOW, biddingEndsAt);
        }
        if (format == AuctionFormat.ENGLISH) {
            long minimum = minimumNextBid();
            if (amountVnd < minimum) {
                throw new DomainException(TOO_LOW, TOO_LOW, minimum);
            }
            bestAmountVnd = amountVnd;
            if (Duration.between(now, biddingEndsAt).compareTo(Duration.ofSeconds(extensionWindowSeconds)) < 0) {
                biddingEndsAt = biddingEndsAt.plusSeconds(extensionSeconds);
            }
        } else if (amountVnd < startingPriceVnd) {
            throw new DomainException(TOO_LOW, TOO_LOW, startingPriceVnd);
        }
        apply(AuctionAction.BID);
        bidCount++;
        return bidCount;
    }

    public long minimumNextBid() {
        return AuctionRules.minimumNext(rules(), bestAmountVnd);
    }

    /** Closes bidding once the (possibly extended) end has passed and stores the result computed from the log. */
    public void close(AuctionResult result, Instant now) {
        if (status == AuctionStatus.BIDDING && now.isBefore(biddingEndsAt)) {
            throw new DomainException("auction.close.too-early", "auction.close.too-early", biddingEndsAt);
        }
        apply(AuctionAction.CLOSE);
        record(result, now);
    }

    public void cancel() {
        apply(AuctionAction.CANCEL);
    }

    private void record(AuctionResult result, Instant now) {
        this.outcome = result.outcome();
        this.winnerRegistrationId = result.winnerRegistrationId();
        this.winnerOrganisationId = result.winnerOrganisationId();
        this.priceVnd = result.priceVnd();
        this.winningSeq = result.winningSeq();
        this.closedAt = now;
    }

    public AuctionRules.Terms rules() {
        return new AuctionRules.Terms(format, startingPriceVnd, bidStepVnd, reservePriceVnd);
    }

    /** The stored result (null until closed or failed). */
    public AuctionResult result() {
        return outcome == null ? null : new AuctionResult(outcome, winnerRegistrationId, winnerOrganisationId, priceVnd,
                winningSeq, bidCount);
    }

    public boolean finished() {
        return status == AuctionStatus.CLOSED || status == AuctionStatus.FAILED;
    }

    public UUID getId() { return id; }
    public String getTitle() { return title; }
    public UUID getListingId() { return listingId; }
    public String getLotDescription() { return lotDescription; }
    public UUID getAuctionOrganisationId() { return auctionOrganisationId; }
    public AuctionFormat getFormat() { return format; }
    public long getStartingPriceVnd() { return startingPriceVnd; }
    public long getBidStepVnd() { return bidStepVnd; }
    public Long getReservePriceVnd() { return reservePriceVnd; }
    public long getDepositVnd() { return depositVnd; }
    public Instant getRegistrationOpensAt() { return registrationOpensAt; }
    public Instant getRegistrationClosesAt() { return registrationClosesAt; }
    public Instant getBiddingOpensAt() { return biddingOpensAt; }
    public Instant getBiddingEndsAt() { return biddingEndsAt; }
    public AuctionStatus getStatus() { return status; }
    public int getBidCount() { return bidCount; }
    public Long getBestAmountVnd() { return bestAmountVnd; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
