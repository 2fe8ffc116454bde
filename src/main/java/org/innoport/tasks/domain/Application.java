package org.innoport.tasks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.FundingSource;

/**
 * A host organisation's dossier for a listed task in a call. Editable as a draft; immutable once submitted; the
 * budget appraisal later sets the approved amounts, which never exceed the listing's ceiling or, for the state
 * budget, the programme's remaining budget of each year.
 */
@Entity
@Table(schema = "tasks", name = "applications")
public class Application {

    @Id
    private UUID id;
    private UUID callId;
    private UUID listingId;
    private UUID organisationId;
    private String createdBy;
    private UUID piPersonId;
    private String content;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private String reasons;
    private BigDecimal score;
    private Integer rankInGroup;
    private Instant submittedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "application_team", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "person_id")
    private Set<UUID> team = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "application_budget", joinColumns = @JoinColumn(name = "application_id"))
    private List<BudgetCell> requested = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "application_approved_budget",
            joinColumns = @JoinColumn(name = "application_id"))
    private List<BudgetCell> approved = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "application_attachments",
            joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "file_id")
    private Set<UUID> attachments = new LinkedHashSet<>();

    protected Application() {
    }

    /** What the applicant writes. */
    public record Content(UUID piPersonId, Set<UUID> teamPersonIds, String content, BudgetPlan budget) {
    }

    public Application(Call call, UUID listingId, UUID organisationId, String createdBy, Content content, Instant now) {
        if (!call.covers(listingId)) {
            throw new RuleViolationException("listingId", "tasks.application.listing-not-in-call");
        }
        if (call.isClosed(now)) {
            throw new IllegalTransitionException("tasks.call.not-open");
        }
        this.id = UUID.randomUUID();
        this.callId = call.id();
        this.listingId = listingId;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    public void edit(Content content, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException("tasks.application.immutable");
        }
        apply(content, now);
    }

    public void attach(UUID fileId, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException("tasks.application.immutable");
        }
        attachments.add(fileId);
        updatedAt = now;
    }

    public void submit(Call call, Instant now) {
        status.require(ApplicationStatus.SUBMITTED);
        if (!call.isOpen(now)) {
            throw new IllegalTransitionException("tasks.call.not-open");
        }
        if (requestedPlan().isEmpty()) {
            throw new RuleViolationException("budgetLines", "tasks.budget.empty");
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public void withdraw(Call call, Instant now) {
        status.require(ApplicationStatus.WITHDRAWN);
        if (call.isClosed(now)) {
            throw new IllegalTransitionException("tasks.call.closed");
        }
        status = ApplicationStatus.WITHDRAWN;
        updatedAt = now;
    }

    /** The officer opens the dossier after the call closed. */
    public void open(Call call, Instant now) {
        status.require(ApplicationStatus.OPENED);
        if (!call.isClosed(now)) {
            throw new IllegalTransitionException("tasks.call.still-open");
        }
        status = ApplicationStatus.OPENED;
        updatedAt = now;
    }

    public void markCompleteness(boolean valid, String reasons, Instant now) {
        ApplicationStatus next = valid ? ApplicationStatus.VALID : ApplicationStatus.INVALID;
        status.require(next);
        if (!valid && (reasons == null || reasons.isBlank())) {
            throw new RuleViolationException("reasons", "tasks.reasons.required");
        }
        status = next;
        this.reasons = valid ? null : reasons.strip();
        updatedAt = now;
    }

    /** The selection council's result: the best passing application of its listing is selected. */
    public void recordSelection(BigDecimal mean, int rank, boolean selected, Instant now) {
        ApplicationStatus next = selected ? ApplicationStatus.SELECTED : ApplicationStatus.NOT_SELECTED;
        status.require(next);
        status = next;
        score = mean;
        rankInGroup = rank;
        updatedAt = now;
    }

    /**
     * Budget appraisal: sets the approved amounts.
     *
     * @param ceiling the listing's budget ceiling; the total may not exceed it
     * @param stateRemaining the programme's remaining state budget per fiscal year (years absent have none)
     */
    public void appraise(BudgetPlan plan, Money ceiling, Map<Integer, Money> stateRemaining, Instant now) {
        status.require(ApplicationStatus.APPRAISED);
        if (plan.isEmpty()) {
            throw new RuleViolationException("lines", "tasks.budget.empty");
        }
        if (!plan.fitsWithin(ceiling)) {
            throw new IllegalTransitionException("tasks.appraisal.above-ceiling", plan.total().dong(), ceiling.dong());
        }
        for (int year : plan.years()) {
            Money state = plan.amount(FundingSource.STATE_BUDGET, year);
            Money remaining = stateRemaining.getOrDefault(year, Money.ZERO);
            if (state.isGreaterThan(remaining)) {
                throw new IllegalTransitionException("tasks.appraisal.above-programme-remaining", year,
                        state.dong(), remaining.dong());
            }
        }
        approved.clear();
        approved.addAll(BudgetCell.of(plan));
        status = ApplicationStatus.APPRAISED;
        updatedAt = now;
    }

    public void approve(Instant now) {
        if (status != ApplicationStatus.APPRAISED) {
            throw new IllegalTransitionException("tasks.approval.no-passing-application");
        }
        status = ApplicationStatus.APPROVED;
        updatedAt = now;
    }

    public BudgetPlan requestedPlan() {
        return BudgetCell.plan(requested);
    }

    public BudgetPlan approvedPlan() {
        return BudgetCell.plan(approved);
    }

    private void apply(Content content, Instant now) {
        if (content.piPersonId() == null) {
            throw new RuleViolationException("piPersonId", "tasks.application.pi-required");
        }
        this.piPersonId = content.piPersonId();
        this.team.clear();
        if (content.teamPersonIds() != null) {
            this.team.addAll(content.teamPersonIds());
        }
        this.content = content.content() == null ? "" : content.content().strip();
        this.requested.clear();
        this.requested.addAll(BudgetCell.of(content.budget()));
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public UUID listingId() { return listingId; }
    public UUID organisationId() { return organisationId; }
    public String createdBy() { return createdBy; }
    public UUID piPersonId() { return piPersonId; }
    public Set<UUID> team() { return Set.copyOf(team); }
    public String content() { return content; }
    public ApplicationStatus status() { return status; }
    public String reasons() { return reasons; }
    public BigDecimal score() { return score; }
    public Integer rankInGroup() { return rankInGroup; }
    public Instant submittedAt() { return submittedAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<UUID> attachments() { return Set.copyOf(attachments); }
    public long version() { return version == null ? 0 : version; }
}
