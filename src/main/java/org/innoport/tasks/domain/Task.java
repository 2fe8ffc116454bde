package org.innoport.tasks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.Money;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.TaskLevel;
import org.innoport.tasks.TaskRefusedException;
import org.innoport.tasks.TaskType;

/** A funded city-level S&T task, created by the LEADER's approval of an appraised application. */
@Entity
@Table(schema = "tasks", name = "tasks")
public class Task {

    @Id
    private UUID id;
    private String code;
    private String title;
    @Enumerated(EnumType.STRING)
    private TaskLevel level;
    @Enumerated(EnumType.STRING)
    private TaskType type;
    private UUID hostOrganisationId;
    private UUID piPersonId;
    private UUID programmeId;
    private UUID listingId;
    private UUID applicationId;
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private String approvedBy;
    private Instant approvedAt;
    private String field;
    private String hostType;
    private boolean sample;
    @Version
    private Long version;

    /** Batch-loaded: a page of tasks reads the budget lines of all its tasks in one statement (up to 200). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "task_budget", joinColumns = @JoinColumn(name = "task_id"))
    private List<BudgetCell> budget = new ArrayList<>();
    /** Totals of {@link #budget} per source, kept with it for the portfolio report (read by SQL only). */
    private long approvedState;
    private long approvedCounterpart;
    private long approvedOther;

    private String contractNumber;
    private LocalDate contractDate;
    private String contractParties;
    private LocalDate startDate;
    private LocalDate endDate;
    private String statusReason;
    private UUID selfEvaluationFile;
    private Instant acceptanceSubmittedAt;
    private UUID acceptanceCouncilId;
    private String acceptanceRating;
    private BigDecimal acceptanceMean;
    private String recognitionDecision;
    private LocalDate recognitionDate;
    private LocalDate liquidationDate;
    private String registrationNumber;
    private LocalDate registrationDate;
    private String failureResolution;
    private String failureDecision;
    private Money refundAmount;
    private Instant closedAt;
    private Instant updatedAt;

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(schema = "tasks", name = "task_deliverables", joinColumns = @JoinColumn(name = "task_id"))
    private List<Deliverable> deliverables = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(schema = "tasks", name = "task_disbursements", joinColumns = @JoinColumn(name = "task_id"))
    private List<Disbursement> disbursements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "tasks", name = "task_settlements", joinColumns = @JoinColumn(name = "task_id"))
    private List<BudgetCell> settlements = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(schema = "tasks", name = "task_progress_reports", joinColumns = @JoinColumn(name = "task_id"))
    private List<ProgressReport> progressReports = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(schema = "tasks", name = "task_inspections", joinColumns = @JoinColumn(name = "task_id"))
    private List<Inspection> inspections = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(schema = "tasks", name = "task_change_requests", joinColumns = @JoinColumn(name = "task_id"))
    private List<ChangeRequest> changeRequests = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "position")
    @CollectionTable(schema = "tasks", name = "task_outcomes", joinColumns = @JoinColumn(name = "task_id"))
    private List<Outcome> outcomes = new ArrayList<>();

    /** Months of the reporting period (six-monthly by default). */
    public static final int REPORT_PERIOD_MONTHS = 6;
    /** Longest extension a change request may ask for (default). */
    public static final int MAX_EXTENSION_MONTHS = 12;

    protected Task() {
    }

    /** A task with an approved budget only, for rule tests without a database. */
    static Task withBudget(BudgetPlan plan) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.status = TaskStatus.APPROVED;
        task.level = TaskLevel.CITY;
        task.budget.addAll(BudgetCell.of(plan));
        task.keepTotals();
        return task;
    }

    // ---- contract --------------------------------------------------------------------------------------------

    /** Signs (APPROVED → CONTRACTED) or amends (while CONTRACTED) the contract; schedules the progress reports. */
    public void contract(String number, LocalDate date, String parties, int months, LocalDate start,
                         List<Deliverable> promised, Instant now) {
        if (status != TaskStatus.CONTRACTED) {
            move(TaskStatus.CONTRACTED);
        }
        if (months < 1 || months > 120) {
            throw new RuleViolationException("durationMonths", "tasks.contract.duration");
        }
        this.contractNumber = number;
        this.contractDate = date;
        this.contractParties = parties;
        this.durationMonths = months;
        this.startDate = start;
        this.endDate = start.plusMonths(months);
        this.deliverables.clear();
        this.deliverables.addAll(promised);
        this.progressReports.clear();
        scheduleReports();
        touch(now);
    }

    private void scheduleReports() {
        int existing = progressReports.size();
        for (int k = existing + 1; startDate.plusMonths((long) REPORT_PERIOD_MONTHS * k).isBefore(endDate); k++) {
            progressReports.add(new ProgressReport(k, startDate.plusMonths((long) REPORT_PERIOD_MONTHS * k)));
        }
    }

    public void start(Instant now) {
        move(TaskStatus.IN_PROGRESS);
        touch(now);
    }

    // ---- money ----------------------------------------------------------------------------------------------

    /**
     * Records a tranche. Refused (409) when the task is not contracted or in progress, when the cumulative amount of
     * its source would exceed the approved amount of that source ({@code task.over-disbursement}), or when a tranche
     * after the first comes before the previous progress report was accepted ({@code task.report-not-accepted}).
     */
    public Disbursement disburse(Disbursement.Kind kind, FundingSource source, int fiscalYear, Money amount,
                                 String decisionNumber, LocalDate decisionDate, String by, Instant now) {
        if (status != TaskStatus.CONTRACTED && status != TaskStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("tasks.task.not-implementing", status.name());
        }
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolationException("amount", "tasks.money.positive");
        }
        if (!disbursements.isEmpty() && acceptedReports() < disbursements.size()) {
            throw new TaskRefusedException("task.report-not-accepted");
        }
        Money after = disbursed(source).plus(amount);
        if (after.isGreaterThan(approvedBudget().total(source))) {
            throw new TaskRefusedException("task.over-disbursement", source.name());
        }
        Disbursement tranche = new Disbursement(kind, source, fiscalYear, amount, decisionNumber, decisionDate, by,
                now);
        disbursements.add(tranche);
        touch(now);
        return tranche;
    }

    public Money disbursed(FundingSource source) {
        return disbursements.stream().filter(d -> d.source() == source).map(Disbursement::amount)
                .collect(Money.total());
    }

    public Money disbursed(FundingSource source, int fiscalYear) {
        return disbursements.stream().filter(d -> d.source() == source && d.fiscalYear() == fiscalYear)
                .map(Disbursement::amount).collect(Money.total());
    }

    public BudgetPlan settled() {
        return BudgetCell.plan(settlements);
    }

    private long acceptedReports() {
        return progressReports.stream().filter(r -> r.status() == ProgressReport.Status.ACCEPTED).count();
    }

    // ---- progress and control -------------------------------------------------------------------------------

    public ProgressReport submitReport(UUID reportId, String summary, UUID fileId, String by, Instant now) {
        requireImplementing();
        ProgressReport report = report(reportId);
        if (report.status() != ProgressReport.Status.DUE && report.status() != ProgressReport.Status.RETURNED) {
            throw new IllegalTransitionException("tasks.report.illegal-transition", report.status().name(),
                    "SUBMITTED");
        }
        report.submit(summary, fileId, by, now);
        touch(now);
        return report;
    }

    public ProgressReport reviewReport(UUID reportId, boolean accepted, String reasons, String by, Instant now) {
        ProgressReport report = report(reportId);
        if (report.status() != ProgressReport.Status.SUBMITTED) {
            throw new IllegalTransitionException("tasks.report.illegal-transition", report.status().name(),
                    accepted ? "ACCEPTED" : "RETURNED");
        }
        if (!accepted && (reasons == null || reasons.isBlank())) {
            throw new RuleViolationException("reasons", "tasks.reasons.required");
        }
        report.review(accepted, reasons, by, now);
        touch(now);
        return report;
    }

    /** Overdue reports not yet notified; marks them notified. */
    public List<ProgressReport> takeOverdueReports(LocalDate today, Instant now) {
        if (status != TaskStatus.IN_PROGRESS && status != TaskStatus.CONTRACTED) {
            return List.of();
        }
        List<ProgressReport> overdue = progressReports.stream()
                .filter(r -> r.overdue(today) && r.overdueNotifiedAt() == null).toList();
        overdue.forEach(r -> r.notifiedOverdue(now));
        return overdue;
    }

    public Inspection inspect(LocalDate on, String findings, String followUp, String by, Instant now) {
        requireImplementing();
        Inspection inspection = new Inspection(on, findings, followUp, by);
        inspections.add(inspection);
        touch(now);
        return inspection;
    }

    public ChangeRequest requestChange(ChangeRequest.Kind kind, String reason, Integer months, UUID newPi,
                                       BudgetPlan plan, boolean budgetChange, String by, Instant now) {
        requireImplementing();
        switch (kind) {
            case EXTENSION -> {
                if (months == null || months < 1 || months > MAX_EXTENSION_MONTHS) {
                    throw new RuleViolationException("months", "tasks.change.extension-months",
                            MAX_EXTENSION_MONTHS);
                }
            }
            case PI_CHANGE -> {
                if (newPi == null) {
                    throw new RuleViolationException("newPiPersonId", "tasks.change.pi-required");
                }
            }
            case BUDGET_REALLOCATION -> checkReallocation(plan, budgetChange);
        }
        ChangeRequest request = new ChangeRequest(kind, reason, months, newPi, plan, budgetChange, by, now);
        changeRequests.add(request);
        touch(now);
        return request;
    }

    /**
     * A reallocation keeps each source's total unless it is a budget change ({@code task.source-total-changed}) and
     * never takes a source below what was already disbursed from it ({@code task.over-disbursement}).
     */
    void checkReallocation(BudgetPlan plan, boolean budgetChange) {
        if (plan == null || plan.isEmpty()) {
            throw new RuleViolationException("budgetLines", "tasks.change.budget-required");
        }
        BudgetPlan current = approvedBudget();
        for (FundingSource source : FundingSource.values()) {
            if (!budgetChange && !plan.total(source).equals(current.total(source))) {
                throw new TaskRefusedException("task.source-total-changed", source.name());
            }
            if (disbursed(source).isGreaterThan(plan.total(source))) {
                throw new TaskRefusedException("task.over-disbursement", source.name());
            }
        }
    }

    public ChangeRequest decideChange(UUID requestId, boolean approve, String leader, String note, Instant now) {
        ChangeRequest request = changeRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("change-request", requestId));
        if (request.status() != ChangeRequest.Status.PENDING) {
            throw new IllegalTransitionException("tasks.change.illegal-transition", request.status().name());
        }
        if (approve) {
            switch (request.kind()) {
                case EXTENSION -> {
                    durationMonths += request.months();
                    endDate = endDate.plusMonths(request.months());
                    scheduleReports();
                }
                case PI_CHANGE -> piPersonId = request.newPiPersonId();
                case BUDGET_REALLOCATION -> reallocate(request.plan(), request.budgetChange());
            }
        }
        request.decide(approve, leader, note, now);
        touch(now);
        return request;
    }

    /** Replaces the approved plan (see {@link #checkReallocation}). */
    void reallocate(BudgetPlan plan, boolean budgetChange) {
        checkReallocation(plan, budgetChange);
        budget.clear();
        budget.addAll(BudgetCell.of(plan));
        keepTotals();
    }

    /** The approved totals per source, stored beside the lines; see {@link #approvedBudget()}. */
    private void keepTotals() {
        BudgetPlan plan = approvedBudget();
        approvedState = plan.total(FundingSource.STATE_BUDGET).dong();
        approvedCounterpart = plan.total(FundingSource.COUNTERPART).dong();
        approvedOther = plan.total(FundingSource.OTHER).dong();
    }

    /** The stored totals agree with the lines (for tests). */
    boolean totalsAgreeWithLines() {
        BudgetPlan plan = approvedBudget();
        return approvedState == plan.total(FundingSource.STATE_BUDGET).dong()
                && approvedCounterpart == plan.total(FundingSource.COUNTERPART).dong()
                && approvedOther == plan.total(FundingSource.OTHER).dong();
    }

    public void suspend(String reason, Instant now) {
        requireReason(reason);
        move(TaskStatus.SUSPENDED);
        statusReason = reason;
        touch(now);
    }

    public void resume(Instant now) {
        move(TaskStatus.IN_PROGRESS);
        statusReason = null;
        touch(now);
    }

    public void terminate(String reason, Instant now) {
        requireReason(reason);
        move(TaskStatus.TERMINATED);
        statusReason = reason;
        touch(now);
    }

    // ---- acceptance to closing --------------------------------------------------------------------------------

    /**
     * The host submits its self-evaluation minutes: IN_PROGRESS → ACCEPTANCE. Every report due by {@code today}
     * must be accepted ({@code task.reports-unaccepted}); reports not yet due are waived.
     */
    public void submitForAcceptance(UUID selfEvaluationFile, LocalDate today, Instant now) {
        status.require(TaskStatus.ACCEPTANCE);
        boolean unaccepted = progressReports.stream().anyMatch(r -> r.status() == ProgressReport.Status.SUBMITTED
                || r.status() == ProgressReport.Status.RETURNED
                || (r.status() == ProgressReport.Status.DUE && !r.dueDate().isAfter(today)));
        if (unaccepted) {
            throw new TaskRefusedException("task.reports-unaccepted");
        }
        move(TaskStatus.ACCEPTANCE);
        progressReports.stream().filter(r -> r.status() == ProgressReport.Status.DUE).forEach(ProgressReport::waive);
        this.selfEvaluationFile = selfEvaluationFile;
        this.acceptanceSubmittedAt = now;
        touch(now);
    }

    /** The acceptance council closed: PASS/EXCELLENT keep the task for recognition, FAIL sends it to FAILED. */
    public void recordAcceptance(UUID councilId, String rating, BigDecimal mean, Instant now) {
        if (status != TaskStatus.ACCEPTANCE) {
            throw new IllegalTransitionException("tasks.task.illegal-transition", status.name(), "RATED");
        }
        this.acceptanceCouncilId = councilId;
        this.acceptanceRating = rating;
        this.acceptanceMean = mean;
        if ("FAIL".equals(rating)) {
            move(TaskStatus.FAILED);
        }
        touch(now);
    }

    public void recognise(String decision, LocalDate date, Instant now) {
        if (status == TaskStatus.ACCEPTANCE && acceptanceRating == null) {
            throw new TaskRefusedException("task.not-rated");
        }
        move(TaskStatus.RECOGNISED);
        this.recognitionDecision = decision;
        this.recognitionDate = date;
        touch(now);
    }

    /** Liquidates the contract with the settlement per source and year, never above what was disbursed. */
    public void liquidate(BudgetPlan settlement, LocalDate date, Instant now) {
        move(TaskStatus.LIQUIDATED);
        for (FundingSource source : FundingSource.values()) {
            if (settlement.total(source).isGreaterThan(disbursed(source))) {
                throw new TaskRefusedException("task.over-settlement", source.name());
            }
        }
        settlements.clear();
        settlements.addAll(BudgetCell.of(settlement));
        this.liquidationDate = date;
        touch(now);
    }

    public void register(String number, LocalDate date, Instant now) {
        move(TaskStatus.REGISTERED);
        this.registrationNumber = number;
        this.registrationDate = date;
        touch(now);
    }

    /** The failure path: a refund of the given amount or the acceptance of a justified scientific risk. */
    public void resolveFailure(String resolution, String decision, Money refund, Instant now) {
        if (status != TaskStatus.FAILED || failureResolution != null) {
            throw new IllegalTransitionException("tasks.task.illegal-transition", status.name(), resolution);
        }
        if (!Set.of("REFUND", "RISK_ACCEPTED").contains(resolution)) {
            throw new RuleViolationException("resolution", "tasks.failure.resolution");
        }
        if ("REFUND".equals(resolution) && (refund == null || refund.isNegative())) {
            throw new RuleViolationException("refundAmount", "tasks.money.positive");
        }
        this.failureResolution = resolution;
        this.failureDecision = decision;
        this.refundAmount = "REFUND".equals(resolution) ? refund : null;
        touch(now);
    }

    /** REGISTERED (or FAILED with its resolution recorded) → CLOSED; otherwise {@code task.not-registered}. */
    public void close(Instant now) {
        boolean failedResolved = status == TaskStatus.FAILED && failureResolution != null;
        if (status != TaskStatus.REGISTERED && !failedResolved) {
            throw new TaskRefusedException("task.not-registered", status.name());
        }
        move(TaskStatus.CLOSED);
        this.closedAt = now;
        touch(now);
    }

    public Outcome recordOutcome(Outcome.Kind kind, LocalDate on, String description, Money amount, Integer quantity,
                                 String evidence, String by, Instant now) {
        if (status != TaskStatus.CLOSED) {
            throw new IllegalTransitionException("tasks.task.not-closed", status.name());
        }
        Outcome outcome = new Outcome(kind, on, description, amount, quantity, evidence, by);
        outcomes.add(outcome);
        touch(now);
        return outcome;
    }

    /** Sets the field (level-1 S&T field code) and the host-organisation type the portfolio groups by. */
    public void classify(String field, String hostType, Instant now) {
        this.field = field == null || field.isBlank() ? null : field.strip();
        this.hostType = hostType == null || hostType.isBlank() ? null : hostType.strip();
        touch(now);
    }

    /** Marks a demo task as sample data. */
    public void markSample() {
        this.sample = true;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void move(TaskStatus next) {
        status.require(next);
        status = next;
    }

    private void requireImplementing() {
        if (status != TaskStatus.CONTRACTED && status != TaskStatus.IN_PROGRESS && status != TaskStatus.SUSPENDED) {
            throw new IllegalTransitionException("tasks.task.not-implementing", status.name());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reasons", "tasks.reasons.required");
        }
    }

    private ProgressReport report(UUID reportId) {
        return progressReports.stream().filter(r -> r.id().equals(reportId)).findFirst()
                .orElseThrow(() -> new NotFoundException("progress-report", reportId));
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Approved, disbursed and settled by source (totals over years). */
    public Map<FundingSource, Money[]> moneyBySource() {
        Map<FundingSource, Money[]> rows = new EnumMap<>(FundingSource.class);
        BudgetPlan approved = approvedBudget();
        BudgetPlan settled = settled();
        for (FundingSource source : FundingSource.values()) {
            rows.put(source, new Money[] {approved.total(source), disbursed(source), settled.total(source)});
        }
        return rows;
    }

    /** Approves the task of an appraised application: the application becomes APPROVED, the listing AWARDED. */
    public static Task approve(String code, TaskListing listing, Application application, String leader, Instant now) {
        return approve(code, listing, application, null, leader, now);
    }

    /** As {@link #approve(String, TaskListing, Application, String, Instant)}, with the host organisation's type. */
    public static Task approve(String code, TaskListing listing, Application application, String hostType,
                               String leader, Instant now) {
        application.approve(now);
        listing.award();
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.code = code;
        task.title = listing.title();
        task.level = TaskLevel.CITY;
        task.type = listing.type();
        task.hostOrganisationId = application.organisationId();
        task.piPersonId = application.piPersonId();
        task.programmeId = listing.programmeId();
        task.listingId = listing.id();
        task.applicationId = application.id();
        task.durationMonths = listing.durationMonths();
        task.status = TaskStatus.APPROVED;
        task.approvedBy = leader;
        task.approvedAt = now;
        task.hostType = hostType;
        task.budget.addAll(BudgetCell.of(application.approvedPlan()));
        task.keepTotals();
        return task;
    }

    public BudgetPlan approvedBudget() {
        return BudgetCell.plan(budget);
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String title() { return title; }
    public TaskLevel level() { return level; }
    public TaskType type() { return type; }
    public UUID hostOrganisationId() { return hostOrganisationId; }
    public UUID piPersonId() { return piPersonId; }
    public UUID programmeId() { return programmeId; }
    public UUID listingId() { return listingId; }
    public UUID applicationId() { return applicationId; }
    public int durationMonths() { return durationMonths; }
    public TaskStatus status() { return status; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String field() { return field; }
    public String hostType() { return hostType; }
    public boolean sample() { return sample; }
    public long version() { return version == null ? 0 : version; }
    public String contractNumber() { return contractNumber; }
    public LocalDate contractDate() { return contractDate; }
    public String contractParties() { return contractParties; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public String statusReason() { return statusReason; }
    public UUID selfEvaluationFile() { return selfEvaluationFile; }
    public Instant acceptanceSubmittedAt() { return acceptanceSubmittedAt; }
    public UUID acceptanceCouncilId() { return acceptanceCouncilId; }
    public String acceptanceRating() { return acceptanceRating; }
    public BigDecimal acceptanceMean() { return acceptanceMean; }
    public String recognitionDecision() { return recognitionDecision; }
    public LocalDate recognitionDate() { return recognitionDate; }
    public LocalDate liquidationDate() { return liquidationDate; }
    public String registrationNumber() { return registrationNumber; }
    public LocalDate registrationDate() { return registrationDate; }
    public String failureResolution() { return failureResolution; }
    public String failureDecision() { return failureDecision; }
    public Money refundAmount() { return refundAmount; }
    public Instant closedAt() { return closedAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<Deliverable> deliverables() { return List.copyOf(deliverables); }
    public List<Disbursement> disbursements() { return List.copyOf(disbursements); }
    public List<ProgressReport> progressReports() { return List.copyOf(progressReports); }
    public List<Inspection> inspections() { return List.copyOf(inspections); }
    public List<ChangeRequest> changeRequests() { return List.copyOf(changeRequests); }
    public List<Outcome> outcomes() { return List.copyOf(outcomes); }
}
