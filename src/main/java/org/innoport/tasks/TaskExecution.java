package org.innoport.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.innoport.evaluation.CouncilClosed;
import org.innoport.evaluation.DossierResult;
import org.innoport.shared.Money;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.ExecutionCommands.AcceptanceForm;
import org.innoport.tasks.ExecutionCommands.ChangeForm;
import org.innoport.tasks.ExecutionCommands.ContractForm;
import org.innoport.tasks.ExecutionCommands.DecisionForm;
import org.innoport.tasks.ExecutionCommands.DisbursementForm;
import org.innoport.tasks.ExecutionCommands.FailureForm;
import org.innoport.tasks.ExecutionCommands.InspectionForm;
import org.innoport.tasks.ExecutionCommands.LiquidationForm;
import org.innoport.tasks.ExecutionCommands.OutcomeForm;
import org.innoport.tasks.ExecutionCommands.ReportForm;
import org.innoport.tasks.ExecutionCommands.Review;
import org.innoport.tasks.ExecutionViews.AcceptanceView;
import org.innoport.tasks.ExecutionViews.ChangeView;
import org.innoport.tasks.ExecutionViews.ContractView;
import org.innoport.tasks.ExecutionViews.DeliverableView;
import org.innoport.tasks.ExecutionViews.DisbursementView;
import org.innoport.tasks.ExecutionViews.InspectionView;
import org.innoport.tasks.ExecutionViews.MoneyRow;
import org.innoport.tasks.ExecutionViews.MoneyView;
import org.innoport.tasks.ExecutionViews.OutcomeView;
import org.innoport.tasks.ExecutionViews.ReportView;
import org.innoport.tasks.ExecutionViews.TaskFile;
import org.innoport.tasks.domain.BudgetPlan;
import org.innoport.tasks.domain.ChangeRequest;
import org.innoport.tasks.domain.Deliverable;
import org.innoport.tasks.domain.Disbursement;
import org.innoport.tasks.domain.Outcome;
import org.innoport.tasks.domain.ProgressReport;
import org.innoport.tasks.domain.Task;
import org.innoport.tasks.domain.TaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task after its approval (DOMAIN.md steps 3–5): contract, tranches, progress reports, inspections, change
 * requests, suspension and termination, acceptance, recognition, liquidation, registration, closing, outcomes.
 * The rules live in {@link Task}; every change publishes an audited {@link TaskEvent} with before and after.
 */
@Service
public class TaskExecution {

    public static final String SUBJECT_KIND = "task";

    private final TaskRepository tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.innoport.platform.FileStore files;

    TaskExecution(TaskRepository tasks, ApplicationEventPublisher events, Clock clock,
                  org.innoport.platform.FileStore files) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
        this.files = files;
    }

    /**
     * Keeps an attachment of the task (a progress report, the self-evaluation minutes) in the platform file store;
     * the returned id is then given to the report or the acceptance submission.
     */
    @Transactional
    public UUID storeAttachment(Caller caller, UUID id, java.io.InputStream content, String name, String type) {
        Task task = load(id);
        if (!caller.mayRead(task.hostOrganisationId())) {
            throw new NotFoundException("task", id);
        }
        return files.store(content, name, type, caller.username()).id();
    }

    /** Downloads an attachment referenced by the task (report file or self-evaluation minutes). */
    @Transactional(readOnly = true)
    public org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> download(Caller caller,
                                                                                                UUID id, UUID fileId) {
        Task task = load(id);
        boolean referenced = fileId.equals(task.selfEvaluationFile())
                || task.progressReports().stream().anyMatch(r -> fileId.equals(r.fileId()));
        if (!caller.mayRead(task.hostOrganisationId()) || !referenced) {
            throw new NotFoundException("file", fileId);
        }
        return files.download(fileId);
    }

    @Transactional(readOnly = true)
    public TaskFile file(Caller caller, UUID id) {
        Task task = load(id);
        if (!caller.mayRead(task.hostOrganisationId())) {
            throw new NotFoundException("task", id);
        }
        return file(task);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile contract(UUID id, ContractForm form) {
        List<Deliverable> deliverables = form.deliverables() == null ? List.of()
                : form.deliverables().stream().map(d -> new Deliverable(d.name(), d.dueDate())).toList();
        return change(id, form.version(), "task.contracted", task -> task.contract(form.number(), form.date(),
                form.parties(), form.durationMonths(), form.startDate(), deliverables, now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile classify(UUID id, ExecutionCommands.ClassifyForm form) {
        return change(id, form.version(), "task.classified", t -> t.classify(form.field(), form.hostType(), now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile start(UUID id, Long version) {
        return change(id, version, "task.started", task -> task.start(now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile disburse(String officer, UUID id, DisbursementForm form) {
        Disbursement.Kind kind = parse(Disbursement.Kind.class, form.kind(), "kind");
        return change(id, form.version(), "task.disbursed", task -> task.disburse(kind, form.source(),
                form.fiscalYear(), form.amount(), form.decisionNumber(), form.decisionDate(), officer, now()));
    }

    @Transactional
    public TaskFile submitReport(Caller caller, UUID id, UUID reportId, ReportForm form) {
        Task task = load(id);
        if (!caller.mayRead(task.hostOrganisationId())) {
            throw new NotFoundException("task", id);
        }
        return change(id, form.version(), "task.report-submitted",
                t -> t.submitReport(reportId, form.summary(), form.fileId(), caller.username(), now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile reviewReport(String officer, UUID id, UUID reportId, boolean accept, Review review) {
        return change(id, review.version(), accept ? "task.report-accepted" : "task.report-returned",
                task -> task.reviewReport(reportId, accept, review.reasons(), officer, now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile inspect(String officer, UUID id, InspectionForm form) {
        return change(id, form.version(), "task.inspected",
                task -> task.inspect(form.inspectedOn(), form.findings(), form.followUp(), officer, now()));
    }

    @Transactional
    public TaskFile requestChange(Caller caller, UUID id, ChangeForm form) {
        Task task = load(id);
        if (!caller.mayRead(task.hostOrganisationId())) {
            throw new NotFoundException("task", id);
        }
        ChangeRequest.Kind kind = parse(ChangeRequest.Kind.class, form.kind(), "kind");
        BudgetPlan plan = form.budgetLines() == null ? null : BudgetPlan.of(form.budgetLines());
        return change(id, form.version(), "task.change-requested", t -> t.requestChange(kind, form.reason(),
                form.months(), form.newPiPersonId(), plan, Boolean.TRUE.equals(form.budgetChange()),
                caller.username(), now()));
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public TaskFile decideChange(String leader, UUID id, UUID requestId, boolean approve, Review review) {
        return change(id, review.version(), approve ? "task.change-approved" : "task.change-refused",
                task -> task.decideChange(requestId, approve, leader, review.reasons(), now()));
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public TaskFile suspend(UUID id, Review review) {
        return change(id, review.version(), "task.suspended", task -> task.suspend(review.reasons(), now()));
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public TaskFile resume(UUID id, Review review) {
        return change(id, review.version(), "task.resumed", task -> task.resume(now()));
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public TaskFile terminate(UUID id, Review review) {
        return change(id, review.version(), "task.terminated", task -> task.terminate(review.reasons(), now()));
    }

    /** The host (or an officer for it) submits the acceptance dossier with its self-evaluation minutes. */
    @Transactional
    public TaskFile submitForAcceptance(Caller caller, UUID id, AcceptanceForm form) {
        Task task = load(id);
        if (!caller.mayRead(task.hostOrganisationId())) {
            throw new NotFoundException("task", id);
        }
        return change(id, form.version(), "task.acceptance-submitted",
                t -> t.submitForAcceptance(form.selfEvaluationFileId(), today(), now()));
    }

    /** Stores the rating of a closed ACCEPTANCE council about this task (called in the council's transaction). */
    @Transactional
    void recordCouncil(CouncilClosed closed) {
        for (DossierResult result : closed.results()) {
            tasks.findById(result.dossierId()).ifPresent(task -> change(task.id(), null, "task.rated",
                    t -> t.recordAcceptance(closed.councilId(), result.rating(), result.mean(), now())));
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'OFFICER')")
    public TaskFile recognise(UUID id, DecisionForm form) {
        return change(id, form.version(), "task.recognised", t -> t.recognise(form.number(), form.date(), now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile liquidate(UUID id, LiquidationForm form) {
        BudgetPlan settlement = BudgetPlan.of(form.settlement());
        return change(id, form.version(), "task.liquidated", t -> t.liquidate(settlement, form.date(), now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile register(UUID id, DecisionForm form) {
        return change(id, form.version(), "task.registered", t -> t.register(form.number(), form.date(), now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'OFFICER')")
    public TaskFile resolveFailure(UUID id, FailureForm form) {
        return change(id, form.version(), "task.failure-resolved",
                t -> t.resolveFailure(form.resolution(), form.decision(), form.refundAmount(), now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile close(UUID id, Long version) {
        return change(id, version, "task.closed", t -> t.close(now()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskFile recordOutcome(String officer, UUID id, OutcomeForm form) {
        Outcome.Kind kind = parse(Outcome.Kind.class, form.kind(), "kind");
        return change(id, form.version(), "task.outcome-recorded", t -> t.recordOutcome(kind, form.occurredOn(),
                form.description(), form.amount(), form.quantity(), form.evidence(), officer, now()));
    }

    /** Tasks in acceptance, as dossiers of an acceptance council. */
    @Transactional(readOnly = true)
    public java.util.Optional<Task> findTask(UUID id) {
        return tasks.findById(id);
    }

    // ------------------------------------------------------------------------------------------------------------

    private TaskFile change(UUID id, Long version, String action, Consumer<Task> command) {
        Task task = load(id);
        Versions.check("task", task.version(), version);
        Map<String, Object> before = snapshot(task);
        command.accept(task);
        tasks.saveAndFlush(task);
        events.publishEvent(new TaskEvent("Task", id.toString(), action, before, snapshot(task)));
        return file(task);
    }

    private static Map<String, Object> snapshot(Task task) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", task.status().name());
        state.put("field", String.valueOf(task.field()));
        state.put("hostType", String.valueOf(task.hostType()));
        Map<String, Object> money = new LinkedHashMap<>();
        task.moneyBySource().forEach((source, amounts) -> money.put(source.name(), Map.of("approved",
                amounts[0].dong(), "disbursed", amounts[1].dong(), "settled", amounts[2].dong())));
        state.put("money", money);
        state.put("endDate", String.valueOf(task.endDate()));
        state.put("reports", task.progressReports().stream().map(r -> r.periodNo() + ":" + r.status()).toList());
        state.put("changeRequests", task.changeRequests().stream().map(c -> c.kind() + ":" + c.status()).toList());
        state.put("rating", String.valueOf(task.acceptanceRating()));
        state.put("outcomes", task.outcomes().size());
        return state;
    }

    private Task load(UUID id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolationException(field, "tasks.value.unknown");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static TaskFile file(Task t) {
        LocalDate today = LocalDate.now();
        BudgetPlan approved = t.approvedBudget();
        BudgetPlan settled = t.settled();
        List<MoneyRow> byYear = new ArrayList<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(approved.years());
        t.disbursements().forEach(d -> years.add(d.fiscalYear()));
        years.addAll(settled.years());
        for (int year : years) {
            for (FundingSource source : FundingSource.values()) {
                Money a = approved.amount(source, year);
                Money d = t.disbursed(source, year);
                Money s = settled.amount(source, year);
                if (!a.isZero() || !d.isZero() || !s.isZero()) {
                    byYear.add(new MoneyRow(source, year, a, d, s, a.minus(d)));
                }
            }
        }
        List<MoneyRow> bySource = new ArrayList<>();
        t.moneyBySource().forEach((source, m) -> bySource.add(new MoneyRow(source, 0, m[0], m[1], m[2],
                m[0].minus(m[1]))));
        MoneyView money = new MoneyView(byYear, bySource, approved.total(),
                bySource.stream().map(MoneyRow::disbursed).collect(Money.total()), settled.total());
        ContractView contract = t.contractNumber() == null ? null : new ContractView(t.contractNumber(),
                t.contractDate(), t.contractParties(), t.durationMonths(), t.startDate(), t.endDate(),
                t.deliverables().stream().map(d -> new DeliverableView(d.name(), d.dueDate())).toList());
        return new TaskFile(t.id(), t.code(), t.title(), t.level(), t.status().name(), t.statusReason(),
                t.hostOrganisationId(), t.piPersonId(), t.programmeId(), t.durationMonths(), contract,
                approved.lines(), money,
                t.disbursements().stream().map(d -> new DisbursementView(d.id(), d.kind().name(), d.source(),
                        d.fiscalYear(), d.amount(), d.decisionNumber(), d.decisionDate(), d.recordedBy(),
                        d.recordedAt())).toList(),
                t.progressReports().stream().map(r -> new ReportView(r.id(), r.periodNo(), r.dueDate(),
                        r.status().name(), r.overdue(today), r.summary(), r.fileId(), r.submittedBy(),
                        r.submittedAt(), r.reviewedBy(), r.reasons())).toList(),
                t.inspections().stream().map(i -> new InspectionView(i.id(), i.inspectedOn(), i.findings(),
                        i.followUp(), i.recordedBy())).toList(),
                t.changeRequests().stream().map(c -> new ChangeView(c.id(), c.kind().name(), c.reason(), c.months(),
                        c.newPiPersonId(), c.plan() == null ? null : c.plan().lines(), c.budgetChange(),
                        c.status().name(), c.requestedBy(), c.decidedBy(), c.decisionNote())).toList(),
                new AcceptanceView(t.selfEvaluationFile(), t.acceptanceSubmittedAt(), t.acceptanceCouncilId(),
                        t.acceptanceRating(), t.acceptanceMean(), t.recognitionDecision(), t.recognitionDate(),
                        t.liquidationDate(), t.registrationNumber(), t.registrationDate(), t.failureResolution(),
                        t.failureDecision(), t.refundAmount(), t.closedAt()),
                t.outcomes().stream().map(o -> new OutcomeView(o.id(), o.kind().name(), o.occurredOn(),
                        o.description(), o.amount(), o.quantity(), o.evidence(), o.recordedBy())).toList(),
                t.version());
    }
}
