package org.innoport.tasks;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innoport.evaluation.ApplicantFeedback;
import org.innoport.evaluation.CouncilClosed;
import org.innoport.evaluation.Councils;
import org.innoport.evaluation.DossierResult;
import org.innoport.platform.FileStore;
import org.innoport.platform.StoredFile;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.Commands.ApplicationForm;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Commands.OpenCall;
import org.innoport.tasks.Views.ApplicationView;
import org.innoport.tasks.Views.BudgetTotals;
import org.innoport.tasks.Views.CallView;
import org.innoport.tasks.domain.Application;
import org.innoport.tasks.domain.ApplicationRepository;
import org.innoport.tasks.domain.ApplicationStatus;
import org.innoport.tasks.domain.BudgetPlan;
import org.innoport.tasks.domain.Call;
import org.innoport.tasks.domain.CallRepository;
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
 * Step 2 of the task lifecycle up to the selection: calls for listed tasks, applications (draft, submit, withdraw),
 * the officer's opening and completeness check, and the selection council's result.
 */
@Service
public class Selection {

    static final String SUBJECT_KIND = "call";
    private static final String OFFICER = "hasAnyRole('OFFICER', 'ADMIN')";
    private static final Set<ApplicationStatus> ACTIVE = Set.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
            ApplicationStatus.OPENED, ApplicationStatus.VALID, ApplicationStatus.SELECTED,
            ApplicationStatus.APPRAISED, ApplicationStatus.APPROVED);

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final TaskListingRepository listings;
    private final Councils councils;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Selection(CallRepository calls, ApplicationRepository applications, TaskListingRepository listings,
              Councils councils, FileStore files, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.listings = listings;
        this.councils = councils;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // ---- calls

    @Transactional
    @PreAuthorize(OFFICER)
    public CallView openCall(OpenCall command) {
        Call call = new Call(command.title(), command.opensAt(), command.closesAt(), command.listingIds(), now());
        for (UUID listingId : command.listingIds()) {
            TaskListing listing = listings.findById(listingId)
                    .orElseThrow(() -> new RuleViolationException("listingIds", "tasks.listing.unknown"));
            listing.putInCall();
            listings.saveAndFlush(listing);
            events.publishEvent(new TaskEvent("TaskListing", listingId.toString(), "listing.put-in-call",
                    Map.of("status", "LISTED"), Map.of("status", listing.status().name(), "callId", call.id())));
        }
        calls.saveAndFlush(call);
        CallView view = view(call);
        events.publishEvent(new TaskEvent("Call", call.id().toString(), "call.opened", null, view));
        return view;
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public CallView closeCall(UUID id, Decision decision) {
        Call call = loadCall(id);
        Versions.check("call", call.version(), decision.version());
        Instant before = call.closesAt();
        call.close(now());
        calls.saveAndFlush(call);
        events.publishEvent(new TaskEvent("Call", id.toString(), "call.closed", Map.of("closesAt", before),
                Map.of("closesAt", call.closesAt())));
        return view(call);
    }

    @Transactional(readOnly = true)
    public Page<CallView> calls(Pageable pageable) {
        return calls.findAll(pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public CallView call(UUID id) {
        return view(loadCall(id));
    }

    // ---- applications

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public ApplicationView prepare(Caller caller, ApplicationForm form) {
        if (caller.organisationId() == null) {
            throw new RuleViolationException(null, "tasks.application.no-organisation");
        }
        Call call = loadCall(form.callId());
        Application application = new Application(call, form.listingId(), caller.organisationId(), caller.username(),
                content(form), now());
        applications.saveAndFlush(application);
        ApplicationView view = view(application);
        events.publishEvent(new TaskEvent("Application", application.id().toString(), "application.created", null,
                view));
        return view;
    }

    @Transactional
    public ApplicationView edit(Caller caller, UUID id, ApplicationForm form) {
        Application application = loadOwn(caller, id);
        Versions.check("application", application.version(), form.version());
        if (!application.callId().equals(form.callId()) || !application.listingId().equals(form.listingId())) {
            throw new RuleViolationException("listingId", "tasks.application.call-fixed");
        }
        ApplicationView before = view(application);
        application.edit(content(form), now());
        applications.saveAndFlush(application);
        ApplicationView after = view(application);
        events.publishEvent(new TaskEvent("Application", id.toString(), "application.edited", before, after));
        return after;
    }

    @Transactional
    public ApplicationView attach(Caller caller, UUID id, InputStream content, String name, String type) {
        Application application = loadOwn(caller, id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException("tasks.application.immutable");
        }
        StoredFile file = files.store(content, name, type, caller.username());
        application.attach(file.id(), now());
        applications.saveAndFlush(application);
        events.publishEvent(new TaskEvent("Application", id.toString(), "application.attachment-added", null,
                Map.of("fileId", file.id(), "name", file.originalName(), "sha256", file.sha256())));
        return view(application);
    }

    @Transactional
    public ApplicationView submit(Caller caller, UUID id, Decision decision) {
        Application application = loadOwn(caller, id);
        Versions.check("application", application.version(), decision.version());
        TaskListing listing = listings.findById(application.listingId()).orElseThrow();
        if (listing.selectionMode() == SelectionMode.DIRECT_ASSIGNMENT && applications.countByListingIdAndStatusIn(
                listing.id(), Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.OPENED, ApplicationStatus.VALID)) > 0) {
            throw new IllegalTransitionException("tasks.application.direct-assignment-taken");
        }
        String before = application.status().name();
        application.submit(loadCall(application.callId()), now());
        return saveTransition(application, before, "application.submitted");
    }

    @Transactional
    public ApplicationView withdraw(Caller caller, UUID id, Decision decision) {
        Application application = loadOwn(caller, id);
        Versions.check("application", application.version(), decision.version());
        String before = application.status().name();
        application.withdraw(loadCall(application.callId()), now());
        return saveTransition(application, before, "application.withdrawn");
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ApplicationView open(UUID id, Decision decision) {
        Application application = load(id);
        Versions.check("application", application.version(), decision.version());
        String before = application.status().name();
        application.open(loadCall(application.callId()), now());
        return saveTransition(application, before, "application.opened");
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public ApplicationView markCompleteness(UUID id, boolean valid, Decision decision) {
        Application application = load(id);
        Versions.check("application", application.version(), decision.version());
        String before = application.status().name();
        application.markCompleteness(valid, decision.reasons(), now());
        return saveTransition(application, before, valid ? "application.marked-valid" : "application.marked-invalid");
    }

    /** Applicants see their organisation's applications; officers and leaders see all. */
    @Transactional(readOnly = true)
    public Page<ApplicationView> applications(Caller caller, UUID callId, ApplicationStatus status, Pageable pageable) {
        UUID organisation = caller.staff() ? null : caller.organisationId();
        if (!caller.staff() && organisation == null) {
            return Page.empty(pageable);
        }
        return applications.search(callId, status, organisation, pageable).map(Selection::view);
    }

    @Transactional(readOnly = true)
    public Map<ApplicationStatus, Long> countsByStatus() {
        Map<ApplicationStatus, Long> counts = new java.util.EnumMap<>(ApplicationStatus.class);
        applications.countByStatus().forEach(row -> counts.put(row.getStatus(), row.getCount()));
        return counts;
    }

    /** Another organisation's application is "not found" to an applicant. */
    @Transactional(readOnly = true)
    public ApplicationView application(Caller caller, UUID id) {
        return view(loadReadable(caller, id));
    }

    /** The council's aggregated scores and comments, once the council has decided; never member names. */
    @Transactional(readOnly = true)
    public ApplicantFeedback feedback(Caller caller, UUID id) {
        Application application = loadReadable(caller, id);
        if (!application.status().decided()) {
            throw new IllegalTransitionException("tasks.feedback.not-decided");
        }
        return councils.feedback(id);
    }

    @Transactional(readOnly = true)
    public StoredFile attachment(Caller caller, UUID id, UUID fileId) {
        Application application = loadReadable(caller, id);
        if (!application.attachments().contains(fileId)) {
            throw new NotFoundException("attachment", fileId);
        }
        return files.get(fileId);
    }

    List<Application> validApplications(UUID callId) {
        return applications.findByCallIdAndStatus(callId, ApplicationStatus.VALID);
    }

    Optional<Application> findApplication(UUID id) {
        return applications.findById(id);
    }

    /**
     * The selection council closed: per listed task, the rank-1 passing application is SELECTED, the other scored
     * ones NOT_SELECTED.
     */
    @Transactional
    void recordCouncil(CouncilClosed closed) {
        Set<UUID> selectedGroups = new HashSet<>();
        List<DossierResult> ordered = closed.results().stream()
                .sorted(java.util.Comparator.comparingInt(DossierResult::rankInGroup)).toList();
        for (DossierResult result : ordered) {
            applications.findById(result.dossierId())
                    .filter(a -> a.callId().equals(closed.subject().id()) && a.status() == ApplicationStatus.VALID)
                    .ifPresent(application -> {
                        boolean selected = result.passed() && result.rankInGroup() == 1
                                && selectedGroups.add(application.listingId());
                        application.recordSelection(result.mean(), result.rankInGroup(), selected, now());
                        saveTransition(application, ApplicationStatus.VALID.name(),
                                selected ? "application.selected" : "application.not-selected");
                    });
        }
    }

    private ApplicationView saveTransition(Application application, String before, String action) {
        applications.saveAndFlush(application);
        events.publishEvent(new TaskEvent("Application", application.id().toString(), action,
                Map.of("status", before), Map.of("status", application.status().name())));
        return view(application);
    }

    private Application loadOwn(Caller caller, UUID id) {
        Application application = load(id);
        if (caller.organisationId() == null || !caller.organisationId().equals(application.organisationId())) {
            if (caller.staff()) {
                throw new AccessDeniedException("Only the applicant's organisation changes its application");
            }
            throw new NotFoundException("application", id);
        }
        return application;
    }

    private Application loadReadable(Caller caller, UUID id) {
        Application application = load(id);
        if (!caller.mayRead(application.organisationId())) {
            throw new NotFoundException("application", id);
        }
        return application;
    }

    private Application load(UUID id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
    }

    private Call loadCall(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
    }

    private static Application.Content content(ApplicationForm form) {
        return new Application.Content(form.piPersonId(), form.teamPersonIds(), form.content(),
                BudgetPlan.of(form.budgetLines()));
    }

    private CallView view(Call call) {
        return new CallView(call.id(), call.title(), call.opensAt(), call.closesAt(), call.phase(now()).name(),
                call.listingIds(), call.version());
    }

    static BudgetTotals totals(BudgetPlan plan) {
        return new BudgetTotals(plan.total(), plan.totalsBySource(), plan.totalsByYear());
    }

    static ApplicationView view(Application a) {
        BudgetPlan requested = a.requestedPlan();
        BudgetPlan approved = a.approvedPlan();
        return new ApplicationView(a.id(), a.callId(), a.listingId(), a.organisationId(), a.createdBy(),
                a.piPersonId(), a.team(), a.content(), requested.lines(), totals(requested), a.status().name(),
                a.reasons(), a.score(), a.rankInGroup(), approved.lines(), totals(approved), a.attachments(),
                a.submittedAt(), a.updatedAt(), a.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
