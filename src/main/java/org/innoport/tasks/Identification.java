package org.innoport.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.evaluation.CouncilClosed;
import org.innoport.evaluation.DossierResult;
import org.innoport.shared.NotFoundException;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Commands.ListTask;
import org.innoport.tasks.Commands.OpenRound;
import org.innoport.tasks.Commands.ProposalForm;
import org.innoport.tasks.Views.ListingView;
import org.innoport.tasks.Views.ProposalView;
import org.innoport.tasks.Views.RoundView;
import org.innoport.tasks.domain.ListingStatus;
import org.innoport.tasks.domain.ProgrammeRepository;
import org.innoport.tasks.domain.Proposal;
import org.innoport.tasks.domain.ProposalRepository;
import org.innoport.tasks.domain.ProposalRound;
import org.innoport.tasks.domain.ProposalRoundRepository;
import org.innoport.tasks.domain.ProposalStatus;
import org.innoport.tasks.domain.TaskListing;
import org.innoport.tasks.domain.TaskListingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 1 of the task lifecycle: proposal rounds, proposals, officer screening, the identification council's result,
 * and the LEADER decision that puts a recommended proposal on the approved task list.
 */
@Service
public class Identification {

    static final String SUBJECT_KIND = "proposal-round";
    private static final String OFFICER = "hasAnyRole('OFFICER', 'ADMIN')";
    private static final String LEADER = "hasRole('LEADER')";

    private final ProposalRoundRepository rounds;
    private final ProposalRepository proposals;
    private final TaskListingRepository listings;
    private final ProgrammeRepository programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Identification(ProposalRoundRepository rounds, ProposalRepository proposals, TaskListingRepository listings,
                   ProgrammeRepository programmes, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.listings = listings;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    // ---- rounds

    @Transactional
    @PreAuthorize(OFFICER)
    public RoundView openRound(OpenRound command) {
        ProposalRound round = rounds.saveAndFlush(
                new ProposalRound(command.name(), command.opensAt(), command.closesAt(), now()));
        RoundView view = view(round);
        events.publishEvent(new TaskEvent("ProposalRound", round.id().toString(), "proposal-round.opened", null, view));
        return view;
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public RoundView closeRound(UUID id, Decision decision) {
        ProposalRound round = loadRound(id);
        Versions.check("round", round.version(), decision.version());
        Instant before = round.closesAt();
        round.close(now());
        rounds.saveAndFlush(round);
        events.publishEvent(new TaskEvent("ProposalRound", id.toString(), "proposal-round.closed",
                Map.of("closesAt", before), Map.of("closesAt", round.closesAt())));
        return view(round);
    }

    @Transactional(readOnly = true)
    public Page<RoundView> rounds(Pageable pageable) {
        return rounds.findAll(pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public RoundView round(UUID id) {
        return view(loadRound(id));
    }

    // ---- proposals

    @Transactional
    public ProposalView propose(Caller caller, ProposalForm form) {
        ProposalRound round = loadRound(form.roundId());
        requireProgramme(form.programmeId());
        if (round.isClosed(now())) {
            throw new org.innoport.shared.IllegalTransitionException("tasks.round.not-open");
        }
        Proposal proposal = proposals.saveAndFlush(
                new Proposal(round.id(), caller.username(), caller.organisationId(), content(form), now()));
        ProposalView view = view(proposal);
        events.publishEvent(new TaskEvent("Proposal", proposal.id().toString(), "proposal.created", null, view));
        return view;
    }

    @Transactional
    public ProposalView editProposal(Caller caller, UUID id, ProposalForm form) {
        Proposal proposal = loadOwn(caller, id);
        Versions.check("proposal", proposal.version(), form.version());
        requireProgramme(form.programmeId());
        ProposalView before = view(proposal);
        proposal.edit(content(form), now());
        proposals.saveAndFlush(proposal);
        ProposalView after = view(proposal);
        events.publishEvent(new TaskEvent("Proposal", id.toString(), "proposal.edited", before, after));
        return after;
    }

    @Transactional
    public ProposalView submitProposal(Caller caller, UUID id, Decision decision) {
        Proposal proposal = loadOwn(caller, id);
        Versions.check("proposal", proposal.version(), decision.version());
        String before = proposal.status().name();
        proposal.submit(loadRound(proposal.roundId()), now());
        return saveTransition(proposal, before, "proposal.submitted");
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ProposalView screenProposal(UUID id, boolean valid, Decision decision) {
        Proposal proposal = loadProposal(id);
        Versions.check("proposal", proposal.version(), decision.version());
        String before = proposal.status().name();
        proposal.screen(valid, decision.reasons(), now());
        return saveTransition(proposal, before, valid ? "proposal.screened-valid" : "proposal.returned");
    }

    @Transactional(readOnly = true)
    public Page<ProposalView> proposals(Caller caller, UUID roundId, ProposalStatus status, Pageable pageable) {
        return proposals.search(roundId, status, caller.staff() ? null : caller.username(), pageable).map(Identification::view);
    }

    @Transactional(readOnly = true)
    public ProposalView proposal(Caller caller, UUID id) {
        Proposal proposal = loadProposal(id);
        if (!caller.staff() && !caller.username().equals(proposal.proposer())) {
            throw new NotFoundException("proposal", id);
        }
        return view(proposal);
    }

    /** The VALID proposals of a round, as the identification council evaluates them. */
    @Transactional(readOnly = true)
    List<Proposal> validProposals(UUID roundId) {
        return proposals.findByRoundIdAndStatus(roundId, ProposalStatus.VALID);
    }

    @Transactional(readOnly = true)
    java.util.Optional<Proposal> findProposal(UUID id) {
        return proposals.findById(id);
    }

    /** The identification council closed: each VALID proposal it scored is RECOMMENDED (passed) or NOT_RECOMMENDED. */
    @Transactional
    void recordCouncil(CouncilClosed closed) {
        for (DossierResult result : closed.results()) {
            proposals.findById(result.dossierId())
                    .filter(p -> p.roundId().equals(closed.subject().id()) && p.status() == ProposalStatus.VALID)
                    .ifPresent(proposal -> {
                        proposal.recordCouncilResult(closed.councilId(), result.mean(), result.passed(), now());
                        saveTransition(proposal, ProposalStatus.VALID.name(),
                                result.passed() ? "proposal.recommended" : "proposal.not-recommended");
                    });
        }
    }

    // ---- approved task list

    String listingTitle(UUID listingId) {
        return listings.findById(listingId).map(TaskListing::title).orElse(listingId.toString());
    }

    @Transactional
    @PreAuthorize(LEADER)
    public ListingView list(String leader, UUID proposalId, ListTask command) {
        Proposal proposal = loadProposal(proposalId);
        Versions.check("proposal", proposal.version(), command.version());
        String before = proposal.status().name();
        TaskListing listing = new TaskListing(proposal, command.selectionMode(), command.budgetCeiling(), leader,
                now());
        saveTransition(proposal, before, "proposal.listed");
        listings.saveAndFlush(listing);
        ListingView view = view(listing);
        events.publishEvent(new TaskEvent("TaskListing", listing.id().toString(), "listing.approved", null, view));
        return view;
    }

    @Transactional(readOnly = true)
    public Page<ListingView> listings(ListingStatus status, Pageable pageable) {
        return (status == null ? listings.findAll(pageable) : listings.findByStatus(status, pageable))
                .map(Identification::view);
    }

    @Transactional(readOnly = true)
    public ListingView listing(UUID id) {
        return view(listings.findById(id).orElseThrow(() -> new NotFoundException("listing", id)));
    }

    private ProposalView saveTransition(Proposal proposal, String before, String action) {
        proposals.saveAndFlush(proposal);
        events.publishEvent(new TaskEvent("Proposal", proposal.id().toString(), action, Map.of("status", before),
                Map.of("status", proposal.status().name())));
        return view(proposal);
    }

    private Proposal loadOwn(Caller caller, UUID id) {
        Proposal proposal = loadProposal(id);
        if (!caller.username().equals(proposal.proposer())) {
            if (caller.staff()) {
                throw new AccessDeniedException("Only the proposer changes a proposal");
            }
            throw new NotFoundException("proposal", id);
        }
        return proposal;
    }

    private void requireProgramme(UUID programmeId) {
        if (!programmes.existsById(programmeId)) {
            throw new org.innoport.shared.RuleViolationException("programmeId", "tasks.programme.unknown");
        }
    }

    private Proposal loadProposal(UUID id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
    }

    private ProposalRound loadRound(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("proposal-round", id));
    }

    private static Proposal.Content content(ProposalForm form) {
        return new Proposal.Content(form.title(), form.type(), form.level(), form.programmeId(), form.problem(),
                form.objectives(), form.expectedResults(), form.estimatedBudget(), form.durationMonths());
    }

    private RoundView view(ProposalRound round) {
        return new RoundView(round.id(), round.name(), round.opensAt(), round.closesAt(), round.isOpen(now()),
                round.version());
    }

    static ProposalView view(Proposal p) {
        return new ProposalView(p.id(), p.roundId(), p.proposer(), p.organisationId(), p.title(), p.type(), p.level(),
                p.programmeId(), p.problem(), p.objectives(), p.expectedResults(), p.estimatedBudget(),
                p.durationMonths(), p.status().name(), p.reasons(), p.councilId(), p.score(), p.submittedAt(),
                p.updatedAt(), p.version());
    }

    static ListingView view(TaskListing l) {
        return new ListingView(l.id(), l.proposalId(), l.title(), l.type(), l.programmeId(), l.selectionMode(),
                l.budgetCeiling(), l.durationMonths(), l.status().name(), l.decidedBy(), l.decidedAt(), l.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
