package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.BoothView;
import org.innoport.exchange.EventOutcomeView;
import org.innoport.exchange.EventRegistrationView;
import org.innoport.exchange.EventView;
import org.innoport.exchange.Events;
import org.innoport.exchange.FairBooths;
import org.innoport.platform.PageResponse;
import org.innoport.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/events} with {@code registrations} and {@code check-ins}. */
@RestController
class EventApiController {

    private final Events events;
    private final FairBooths booths;

    EventApiController(Events events, FairBooths booths) {
        this.events = events;
        this.booths = booths;
    }

    /** The optional body of an unassignment. */
    record Unassign(Long version) {
    }

    /** The optional body of a check-in. */
    record CheckIn(Long version) {
    }

    @GetMapping("/api/v1/events")
    PageResponse<EventView> upcoming(Pageable pageable) {
        return PageResponse.of(events.upcoming(pageable));
    }

    @PostMapping("/api/v1/events")
    @ResponseStatus(HttpStatus.CREATED)
    EventView create(@Valid @RequestBody Events.NewEvent request) {
        return events.create(request);
    }

    @GetMapping("/api/v1/events/counts")
    org.innoport.exchange.EventYearCounts counts(@org.springframework.web.bind.annotation.RequestParam int year) {
        return events.counts(year);
    }

    @GetMapping("/api/v1/events/{id}")
    EventView get(@PathVariable UUID id) {
        return events.get(id);
    }

    @GetMapping("/api/v1/events/{id}/outcomes")
    EventOutcomeView outcome(@PathVariable UUID id) {
        return events.outcome(id).orElseThrow(() -> new NotFoundException("event-outcome", id));
    }

    /** Records or revises the outcome; {@code version} required to revise (stale: 409). */
    @PutMapping("/api/v1/events/{id}/outcomes")
    EventOutcomeView recordOutcome(@PathVariable UUID id, @Valid @RequestBody Events.OutcomeEntry entry) {
        return events.recordOutcome(id, entry);
    }

    @GetMapping("/api/v1/events/{id}/booths")
    List<BoothView> booths(@PathVariable UUID id) {
        return booths.of(id);
    }

    @PostMapping("/api/v1/events/{id}/booths")
    @ResponseStatus(HttpStatus.CREATED)
    BoothView createBooth(@PathVariable UUID id, @Valid @RequestBody FairBooths.NewBooth request) {
        return booths.create(id, request);
    }

    @PostMapping("/api/v1/events/{id}/booths/{boothId}/assign")
    BoothView assign(@PathVariable UUID id, @PathVariable UUID boothId,
                     @Valid @RequestBody FairBooths.Assignment request) {
        return booths.assign(id, boothId, request);
    }

    @PostMapping("/api/v1/events/{id}/booths/{boothId}/unassign")
    BoothView unassign(@PathVariable UUID id, @PathVariable UUID boothId,
                       @RequestBody(required = false) Unassign request) {
        return booths.unassign(id, boothId, request == null ? null : request.version());
    }

    @GetMapping("/api/v1/events/{id}/registrations")
    List<EventRegistrationView> registrations(@PathVariable UUID id) {
        return events.registrations(id);
    }

    @PostMapping("/api/v1/events/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    EventRegistrationView register(@PathVariable UUID id) {
        return events.register(id);
    }

    @PostMapping("/api/v1/events/{id}/registrations/{registrationId}/cancel")
    EventRegistrationView cancel(@PathVariable UUID id, @PathVariable UUID registrationId) {
        return events.cancel(id, registrationId);
    }

    @PostMapping("/api/v1/events/{id}/registrations/{registrationId}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    EventRegistrationView checkIn(@PathVariable UUID id, @PathVariable UUID registrationId,
                                  @RequestBody(required = false) CheckIn checkIn) {
        return events.checkIn(id, registrationId, checkIn == null ? null : checkIn.version());
    }
}
