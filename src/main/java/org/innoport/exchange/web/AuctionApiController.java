package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.AuctionVerification;
import org.innoport.exchange.AuctionView;
import org.innoport.exchange.Auctions;
import org.innoport.exchange.BidView;
import org.innoport.exchange.BidderView;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /api/v1/auctions}: auctions, bidder registrations, deposits, bids, the log and its verification, and the
 * live stream.
 */
@RestController
class AuctionApiController {

    private final Auctions auctions;
    private final AuctionStreams streams;

    AuctionApiController(Auctions auctions, AuctionStreams streams) {
        this.auctions = auctions;
        this.streams = streams;
    }

    /** The optional body of an action. */
    record Action(Long version) {
    }

    @GetMapping("/api/v1/auctions")
    PageResponse<AuctionView> list(Pageable pageable) {
        return PageResponse.of(auctions.list(null, pageable));
    }

    @PostMapping("/api/v1/auctions")
    @ResponseStatus(HttpStatus.CREATED)
    AuctionView create(@Valid @RequestBody Auctions.NewAuction request) {
        return auctions.create(request);
    }

    @GetMapping("/api/v1/auctions/{id}")
    AuctionView get(@PathVariable UUID id) {
        return auctions.get(id);
    }

    @PostMapping("/api/v1/auctions/{id}/open-registration")
    AuctionView openRegistration(@PathVariable UUID id, @RequestBody(required = false) Action action) {
        return auctions.openRegistration(id, version(action));
    }

    @PostMapping("/api/v1/auctions/{id}/start")
    AuctionView start(@PathVariable UUID id, @RequestBody(required = false) Action action) {
        return auctions.start(id, version(action));
    }

    @PostMapping("/api/v1/auctions/{id}/close")
    AuctionView close(@PathVariable UUID id, @RequestBody(required = false) Action action) {
        return auctions.close(id, version(action));
    }

    @PostMapping("/api/v1/auctions/{id}/cancel")
    AuctionView cancel(@PathVariable UUID id, @RequestBody(required = false) Action action) {
        return auctions.cancel(id, version(action));
    }

    @GetMapping("/api/v1/auctions/{id}/registrations")
    List<BidderView> registrations(@PathVariable UUID id) {
        return auctions.registrations(id);
    }

    @PostMapping("/api/v1/auctions/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    BidderView register(@PathVariable UUID id) {
        return auctions.register(id);
    }

    @PostMapping("/api/v1/auctions/{id}/registrations/{registrationId}/confirm-deposit")
    BidderView confirmDeposit(@PathVariable UUID id, @PathVariable UUID registrationId,
                              @RequestBody(required = false) Action action) {
        return auctions.confirmDeposit(id, registrationId, version(action));
    }

    @PostMapping("/api/v1/auctions/{id}/bids")
    @ResponseStatus(HttpStatus.CREATED)
    BidView bid(@PathVariable UUID id, @Valid @RequestBody Auctions.NewBid bid,
                @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return auctions.bid(id, bid, idempotencyKey);
    }

    @GetMapping("/api/v1/auctions/{id}/bids")
    List<BidView> bids(@PathVariable UUID id) {
        return auctions.bids(id);
    }

    /** Server-sent events: the live state for the caller, pushed on every change, and a heartbeat. */
    @GetMapping(path = "/api/v1/auctions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID id) {
        return streams.open(id);
    }

    @GetMapping("/api/v1/auctions/{id}/verify")
    AuctionVerification verify(@PathVariable UUID id) {
        return auctions.verify(id);
    }

    private static Long version(Action action) {
        return action == null ? null : action.version();
    }
}
