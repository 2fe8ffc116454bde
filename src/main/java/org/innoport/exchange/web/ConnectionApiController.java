package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.innoport.exchange.ConnectionSessionView;
import org.innoport.exchange.Connections;
import org.innoport.exchange.ExchangeYearCounts;
import org.innoport.exchange.InterestView;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/interests} and {@code /api/v1/connection-sessions}. */
@RestController
class ConnectionApiController {

    private final Connections connections;
    private final Clock clock;

    ConnectionApiController(Connections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    /** The optional body of accept/decline. */
    record Decision(Long version) {
    }

    @GetMapping("/api/v1/interests")
    PageResponse<InterestView> interests(Pageable pageable) {
        return PageResponse.of(connections.interests(pageable));
    }

    @PostMapping("/api/v1/interests")
    @ResponseStatus(HttpStatus.CREATED)
    InterestView express(@Valid @RequestBody Connections.NewInterest request) {
        return connections.express(request);
    }

    @PostMapping("/api/v1/interests/{id}/accept")
    InterestView accept(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return connections.decide(id, decision == null ? null : decision.version(), true);
    }

    @PostMapping("/api/v1/interests/{id}/decline")
    InterestView decline(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return connections.decide(id, decision == null ? null : decision.version(), false);
    }

    @GetMapping("/api/v1/connection-sessions")
    PageResponse<ConnectionSessionView> sessions(@RequestParam(required = false) Integer year, Pageable pageable) {
        return PageResponse.of(connections.sessions(year == null ? LocalDate.now(clock).getYear() : year, pageable));
    }

    @PostMapping("/api/v1/connection-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    ConnectionSessionView organise(@Valid @RequestBody Connections.NewSession request) {
        return connections.organise(request);
    }

    @GetMapping("/api/v1/connection-sessions/{id}")
    ConnectionSessionView session(@PathVariable UUID id) {
        return connections.session(id);
    }

    @PostMapping("/api/v1/connection-sessions/{id}/outcome")
    ConnectionSessionView outcome(@PathVariable UUID id, @Valid @RequestBody Connections.Outcome outcome) {
        return connections.recordOutcome(id, outcome);
    }

    @GetMapping("/api/v1/connection-sessions/counts")
    ExchangeYearCounts counts(@RequestParam int year) {
        return connections.counts(year);
    }
}
