package org.innoport.exchange.auctions;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.innoport.exchange.AuctionFormat;
import org.innoport.shared.DomainException;
import org.innoport.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts the bids of one auction in one total order with group commit. Bid requests queue per auction in arrival
 * order; one worker per auction takes every waiting request (up to {@value #MAX_BATCH}), and in ONE transaction
 * locks the auction row ({@code select ... for update}, which also serialises several application instances),
 * reads which of the batch's organisations are qualified bidders, decides each bid against the aggregate's rules,
 * inserts the accepted ones with consecutive sequence numbers (one JDBC batch) and commits. Idempotency keys and
 * qualification are decided in arrival order; the bids of a batch are simultaneous, so an English batch is decided in
 * the order of {@link BatchOrder} (ascending amount, the batch's highest valid bid always accepted, docs/adr/0042),
 * a sealed batch in arrival order. Only after the commit
 * is each request answered (accepted with its sequence number, or refused with a stable code), so an acknowledged
 * bid is durable; if the transaction fails, nothing of the batch was accepted and every request in it gets the
 * error. One fsync then serves many bids instead of one. A committed batch with accepted bids is announced
 * ({@link BidsAccepted}) for the live streams.
 */
@Component
public class BidSequencer {

    private static final Logger log = LoggerFactory.getLogger(BidSequencer.class);
    static final int MAX_BATCH = 256;
    public static final String REPLAYED = "auction.bid.replayed";
    public static final String SEALED_ONCE = "auction.bid.sealed-once";

    /**
     * A bid waiting for its turn, with the id it will have if accepted ({@link BidSequencer#bidId}), computed once on
     * the request's thread rather than in the auction's lane.
     */
    public record Pending(UUID bidId, UUID auctionId, UUID organisationId, String bidder, long amountVnd,
                          String idempotencyKey, CompletableFuture<Accepted> answer) {
    }

    /** What the bidder is told after commit. */
    public record Accepted(Bid bid, Instant biddingEndsAt) {
    }

    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final AuctionRepository auctions;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BidSequencer(AuctionRepository auctions, EntityManager entityManager, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                 PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
        this.jdbcTemplate = jdbcTemplate;
        this.auctions = auctions;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
    }

    /** Queues the bid and returns when it is committed (or refused). */
    public CompletableFuture<Accepted> submit(UUID auctionId, UUID organisationId, String bidder,
                                              long amountVnd, String idempotencyKey) {
        Pending pending = new Pending(bidId(auctionId, idempotencyKey), auctionId, organisationId, bidder, amountVnd,
                idempotencyKey, new CompletableFuture<>());
        Lane lane = lanes.computeIfAbsent(auctionId, Lane::new);
        lane.queue.add(pending);
        lane.kick();
        return pending.answer();
    }

    private final class Lane {

        final UUID auctionId;
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean running = new AtomicBoolean();

        Lane(UUID auctionId) {
            this.auctionId = auctionId;
        }

        void kick() {
            if (running.compareAndSet(false, true)) {
                Thread.ofVirtual().name("bids-" + auctionId).start(this::drain);
            }
        }

        private void drain() {
            while (true) {
                List<Pending> batch = new ArrayList<>();
                Pending next;
                while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    running.set(false);
                    if (queue.isEmpty() || !running.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                decide(auctionId, batch);
            }
        }
    }

    private void decide(UUID auctionId, List<Pending> batch) {
        Map<Pending, Object> outcomes = new HashMap<>();
        try {
            transactions.executeWithoutResult(status -> {
                outcomes.clear();
                Auction auction = auctions.lockById(auctionId).orElseThrow(() -> new NotFoundException("auction",
                        auctionId));
                boolean sealed = auction.getFormat() == AuctionFormat.SEALED;
                Set<String> keys = new HashSet<>();
                Map<UUID, UUID> registrations = new HashMap<>();
                readQualificationsAndKeys(auctionId, batch, registrations, keys);
                Set<UUID> sealedBidders = sealed ? new HashSet<>(sealedBidders(auctionId, batch)) : new HashSet<>();
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                // in arrival order: the first request with an idempotency key claims it; only qualified bidders bid
                List<Pending> eligible = new ArrayList<>(batch.size());
                for (Pending p : batch) {
                    if (p.idempotencyKey() != null && !keys.add(p.idempotencyKey())) {
                        outcomes.put(p, new DomainException(REPLAYED, REPLAYED));
                    } else if (!registrations.containsKey(p.organisationId())) {
                        outcomes.put(p, new AccessDeniedException("Only qualified bidders bid on auction " + auctionId));
                    } else {
                        eligible.add(p);
                    }
                }
                List<Bid> appended = new ArrayList<>(eligible.size());
                for (Pending p : sealed ? eligible : inDecisionOrder(eligible, auction)) {
                    try {
                        if (sealed && sealedBidders.contains(p.organisationId())) {
                            throw new DomainException(SEALED_ONCE, SEALED_ONCE);
                        }
                        int seq = auction.accept(p.amountVnd(), now);
                        Bid bid = new Bid(p.bidId(), auctionId, seq, registrations.get(p.organisationId()),
                                p.organisationId(), p.bidder(), p.amountVnd(), sealed, p.idempotencyKey(), now);
                        appended.add(bid);
                        if (sealed) {
                            sealedBidders.add(p.organisationId());
                        }
                        outcomes.put(p, new Accepted(bid, auction.getBiddingEndsAt()));
                    } catch (DomainException refused) {
                        outcomes.put(p, refused);
                    }
                }
                append(appended);
                entityManager.flush();
            });
        } catch (RuntimeException failed) {
            if (failed instanceof NotFoundException) {
                lanes.remove(auctionId); // no lane kept for an auction that does not exist
            }
            batch.forEach(p -> p.answer().completeExceptionally(failed));
            return;
        }
        for (Pending p : batch) {
            Object outcome = outcomes.get(p);
            if (outcome instanceof Accepted accepted) {
                p.answer().complete(accepted);
            } else {
                p.answer().completeExceptionally((Throwable) outcome);
            }
        }
        int accepted = (int) outcomes.values().stream().filter(Accepted.class::isInstance).count();
        if (accepted > 0) {
            try {
                events.publishEvent(new BidsAccepted(auctionId, accepted));
            } catch (RuntimeException listenerFailed) {
                // the bids are committed and answered; a failing listener must not stop this auction's lane
                log.warn("BidsAccepted listener failed", listenerFailed);
            }
        }
    }

    /**
     * The English bids of a batch in the order {@link BatchOrder} decides them: the largest set that stands in a log
     * increasing by the step, always with the batch's highest valid bid (docs/adr/0042).
     */
    private static List<Pending> inDecisionOrder(List<Pending> eligible, Auction auction) {
        long[] amounts = eligible.stream().mapToLong(Pending::amountVnd).toArray();
        int[] order = BatchOrder.decisionOrder(amounts, auction.minimumNextBid(), auction.getBidStepVnd());
        List<Pending> ordered = new ArrayList<>(order.length);
        for (int i : order) {
            ordered.add(eligible.get(i));
        }
        return ordered;
    }

    /** The accepted bids of the batch, in sequence order, in one JDBC batch (one round trip). */
    private void append(List<Bid> log) {
        if (log.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                insert into exchange.auction_bids (id, auction_id, seq, registration_id, organisation_id, bidder,
                                                   amount_vnd, sealed, idempotency_key, placed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", log.stream().map(b -> new Object[] {b.getId(),
                b.getAuctionId(), b.getSeq(), b.getRegistrationId(), b.getOrganisationId(), b.getBidder(),
                b.getAmountVnd(), b.isSealed(), new SqlParameterValue(Types.VARCHAR, b.getIdempotencyKey()),
                OffsetDateTime.ofInstant(b.getPlacedAt(), ZoneOffset.UTC)}).toList());
    }

    /** The organisations of the batch that have already placed their one sealed bid. */
    private List<UUID> sealedBidders(UUID auctionId, List<Pending> batch) {
        return jdbc.sql("""
                select organisation_id from exchange.auction_bids
                 where auction_id = :auction and organisation_id in (:ids)""")
                .param("auction", auctionId).param("ids", organisations(batch)).query(UUID.class).list();
    }

    /**
     * The id of a bid: derived from its auction and idempotency key when it has one, so that a replay is found by
     * primary key (docs/adr/0044); random otherwise.
     */
    static UUID bidId(UUID auctionId, String idempotencyKey) {
        return idempotencyKey == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(("auction-bid " + auctionId + " " + idempotencyKey).getBytes(UTF_8));
    }

    /**
     * In one round trip: organisation → registration for the organisations of the batch that are qualified to bid,
     * and which of the batch's idempotency keys this auction's log already holds (looked up by the ids they give).
     */
    private void readQualificationsAndKeys(UUID auctionId, List<Pending> batch, Map<UUID, UUID> registrations,
                                           Set<String> usedKeys) {
        UUID[] ids = batch.stream().filter(p -> p.idempotencyKey() != null).map(Pending::bidId).distinct()
                .toArray(UUID[]::new);
        jdbc.sql("""
                select organisation_id, id, null::varchar as idempotency_key from exchange.auction_registrations
                 where auction_id = :auction and status = 'QUALIFIED' and organisation_id in (:organisations)
                union all
                select null::uuid, null::uuid, idempotency_key from exchange.auction_bids where id = any(:ids)""")
                .param("auction", auctionId).param("organisations", organisations(batch)).param("ids", ids)
                .query((RowCallbackHandler) row -> {
                    String key = row.getString(3);
                    if (key != null) {
                        usedKeys.add(key);
                    } else {
                        registrations.put(row.getObject(1, UUID.class), row.getObject(2, UUID.class));
                    }
                });
    }

    private static List<UUID> organisations(List<Pending> batch) {
        return batch.stream().map(Pending::organisationId).distinct().toList();
    }
}
