package org.innoport.exchange.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.innoport.exchange.Actor;
import org.innoport.exchange.AuctionBoard;
import org.innoport.exchange.AuctionChanged;
import org.innoport.exchange.Auctions;
import org.innoport.exchange.auctions.BidsAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams of auctions (server-sent events). A viewer admitted by {@link Auctions#watch} gets the state at
 * once ({@code state}), again after every committed batch of bids and every change of the auction or its
 * registrations, and a {@code heartbeat} with the server's clock every few seconds. Pushes run off the request and
 * bid threads; a burst of changes on one auction coalesces into one read of its {@link AuctionBoard}. Emitters are
 * dropped on completion, timeout or error.
 */
@Component
class AuctionStreams {

    private static final Logger log = LoggerFactory.getLogger(AuctionStreams.class);

    /** One open stream. */
    private record Viewer(SseEmitter emitter, Actor actor) {
    }

    /** What a heartbeat carries: the server's clock, for the countdown. */
    record Heartbeat(Instant now) {
    }

    private final Map<UUID, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Set<UUID> scheduled = ConcurrentHashMap.newKeySet();
    private final ExecutorService pushes = Executors.newVirtualThreadPerTaskExecutor();
    private final Auctions auctions;
    private final Clock clock;
    private final Duration timeout;

    AuctionStreams(Auctions auctions, Clock clock,
                   @Value("${innoport.exchange.auctions.stream-timeout:30m}") Duration timeout) {
        this.auctions = auctions;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Opens a stream on the auction for the caller (refused like viewing it); the first event is the state now. */
    SseEmitter open(UUID auctionId) {
        Actor actor = auctions.watch(auctionId);
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Viewer viewer = new Viewer(emitter, actor);
        viewers.computeIfAbsent(auctionId, id -> new CopyOnWriteArraySet<>()).add(viewer);
        emitter.onCompletion(() -> remove(auctionId, viewer));
        emitter.onTimeout(() -> remove(auctionId, viewer));
        emitter.onError(e -> remove(auctionId, viewer));
        send(auctionId, viewer, "state", auctions.board(auctionId).as(actor));
        return emitter;
    }

    @EventListener
    void on(BidsAccepted accepted) {
        changed(accepted.auctionId());
    }

    /** Status changes of the auction and its registrations, once committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AuctionChanged change) {
        if ("Auction".equals(change.aggregateType())) {
            changed(change.id());
        } else if (change.after() instanceof Map<?, ?> after && after.get("auctionId") instanceof UUID auctionId) {
            changed(auctionId);
        }
    }

    @Scheduled(fixedRateString = "${innoport.exchange.auctions.stream-heartbeat:5s}")
    void heartbeat() {
        Heartbeat beat = new Heartbeat(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        viewers.forEach((auctionId, open) -> open.forEach(viewer -> send(auctionId, viewer, "heartbeat", beat)));
    }

    /** Open streams on the auction (for tests and metrics). */
    int viewers(UUID auctionId) {
        Set<Viewer> open = viewers.get(auctionId);
        return open == null ? 0 : open.size();
    }

    private void changed(UUID auctionId) {
        if (viewers(auctionId) > 0 && scheduled.add(auctionId)) {
            pushes.execute(() -> {
                scheduled.remove(auctionId);
                push(auctionId);
            });
        }
    }

    private void push(UUID auctionId) {
        Set<Viewer> open = viewers.get(auctionId);
        if (open == null || open.isEmpty()) {
            return;
        }
        try {
            AuctionBoard board = auctions.board(auctionId);
            open.forEach(viewer -> send(auctionId, viewer, "state", board.as(viewer.actor())));
        } catch (RuntimeException e) {
            log.warn("Live push of auction {} failed", auctionId, e);
        }
    }

    private void send(UUID auctionId, Viewer viewer, String name, Object data) {
        try {
            viewer.emitter().send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            remove(auctionId, viewer);
            viewer.emitter().completeWithError(gone);
        }
    }

    private void remove(UUID auctionId, Viewer viewer) {
        viewers.computeIfPresent(auctionId, (id, open) -> {
            open.remove(viewer);
            return open.isEmpty() ? null : open;
        });
    }

    @PreDestroy
    void closeAll() {
        viewers.values().forEach(open -> open.forEach(viewer -> viewer.emitter().complete()));
        viewers.clear();
        pushes.shutdownNow();
    }
}
