package org.innoport.tasks.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.innoport.platform.PageResponse;
import org.innoport.tasks.Callers;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Commands.ListTask;
import org.innoport.tasks.Commands.OpenRound;
import org.innoport.tasks.Commands.ProposalForm;
import org.innoport.tasks.Identification;
import org.innoport.tasks.Views.ListingView;
import org.innoport.tasks.Views.ProposalView;
import org.innoport.tasks.Views.RoundView;
import org.innoport.tasks.domain.ListingStatus;
import org.innoport.tasks.domain.ProposalStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/proposal-rounds}, {@code /api/v1/proposals} (actions {@code submit}, {@code mark-valid},
 * {@code return}, {@code list}) and {@code /api/v1/task-listings}.
 */
@RestController
class ProposalApiController {

    private final Identification identification;
    private final Callers callers;

    ProposalApiController(Identification identification, Callers callers) {
        this.identification = identification;
        this.callers = callers;
    }

    @PostMapping("/api/v1/proposal-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    RoundView openRound(@Valid @RequestBody OpenRound command) {
        return identification.openRound(command);
    }

    @GetMapping("/api/v1/proposal-rounds")
    PageResponse<RoundView> rounds(@PageableDefault(size = 20, sort = "opensAt") Pageable pageable) {
        return PageResponse.of(identification.rounds(pageable));
    }

    @GetMapping("/api/v1/proposal-rounds/{id}")
    RoundView round(@PathVariable UUID id) {
        return identification.round(id);
    }

    @PostMapping("/api/v1/proposal-rounds/{id}/close")
    RoundView closeRound(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return identification.closeRound(id, orNone(decision));
    }

    @PostMapping("/api/v1/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalView propose(@Valid @RequestBody ProposalForm form, Authentication auth) {
        return identification.propose(callers.of(auth.getName()), form);
    }

    @GetMapping("/api/v1/proposals")
    PageResponse<ProposalView> proposals(@RequestParam(required = false) UUID roundId,
                                         @RequestParam(required = false) ProposalStatus status,
                                         @PageableDefault(size = 20, sort = "createdAt") Pageable pageable,
                                         Authentication auth) {
        return PageResponse.of(identification.proposals(callers.of(auth.getName()), roundId, status, pageable));
    }

    @GetMapping("/api/v1/proposals/{id}")
    ProposalView proposal(@PathVariable UUID id, Authentication auth) {
        return identification.proposal(callers.of(auth.getName()), id);
    }

    @PutMapping("/api/v1/proposals/{id}")
    ProposalView edit(@PathVariable UUID id, @Valid @RequestBody ProposalForm form, Authentication auth) {
        return identification.editProposal(callers.of(auth.getName()), id, form);
    }

    @PostMapping("/api/v1/proposals/{id}/submit")
    ProposalView submit(@PathVariable UUID id, @RequestBody(required = false) Decision decision, Authentication auth) {
        return identification.submitProposal(callers.of(auth.getName()), id, orNone(decision));
    }

    @PostMapping("/api/v1/proposals/{id}/mark-valid")
    ProposalView markValid(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return identification.screenProposal(id, true, orNone(decision));
    }

    @PostMapping("/api/v1/proposals/{id}/return")
    ProposalView giveBack(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return identification.screenProposal(id, false, decision);
    }

    /** LEADER decision: the recommended proposal goes on the approved task list. */
    @PostMapping("/api/v1/proposals/{id}/list")
    @ResponseStatus(HttpStatus.CREATED)
    ListingView list(@PathVariable UUID id, @Valid @RequestBody ListTask command, Authentication auth) {
        return identification.list(auth.getName(), id, command);
    }

    @GetMapping("/api/v1/task-listings")
    PageResponse<ListingView> listings(@RequestParam(required = false) ListingStatus status,
                                       @PageableDefault(size = 20, sort = "decidedAt") Pageable pageable) {
        return PageResponse.of(identification.listings(status, pageable));
    }

    @GetMapping("/api/v1/task-listings/{id}")
    ListingView listing(@PathVariable UUID id) {
        return identification.listing(id);
    }

    static Decision orNone(Decision decision) {
        return decision == null ? Decision.none() : decision;
    }
}
