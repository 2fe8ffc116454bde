package org.innoport.tasks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.Money;
import org.innoport.tasks.TaskLevel;
import org.innoport.tasks.TaskType;

/** An idea for a task, proposed in a round by anyone signed in, screened by an officer, scored by a council. */
@Entity
@Table(schema = "tasks", name = "proposals")
public class Proposal {

    @Id
    private UUID id;
    private UUID roundId;
    private String proposer;
    private UUID organisationId;
    private String title;
    @Enumerated(EnumType.STRING)
    private TaskType type;
    @Enumerated(EnumType.STRING)
    private TaskLevel level;
    private UUID programmeId;
    private String problem;
    private String objectives;
    private String expectedResults;
    private Money estimatedBudget;
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private String reasons;
    private UUID councilId;
    private BigDecimal score;
    private Instant submittedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Proposal() {
    }

    public Proposal(UUID roundId, String proposer, UUID organisationId, Content content, Instant now) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.proposer = proposer;
        this.organisationId = organisationId;
        this.status = ProposalStatus.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    /** What the proposer writes. */
    public record Content(String title, TaskType type, TaskLevel level, UUID programmeId, String problem,
                          String objectives, String expectedResults, Money estimatedBudget, int durationMonths) {
    }

    /** Only a draft may be edited. */
    public void edit(Content content, Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw new IllegalTransitionException("tasks.proposal.immutable");
        }
        apply(content, now);
    }

    public void submit(ProposalRound round, Instant now) {
        status.require(ProposalStatus.SUBMITTED);
        if (!round.isOpen(now)) {
            throw new IllegalTransitionException("tasks.round.not-open");
        }
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public void screen(boolean valid, String reasons, Instant now) {
        ProposalStatus next = valid ? ProposalStatus.VALID : ProposalStatus.RETURNED;
        status.require(next);
        if (!valid && (reasons == null || reasons.isBlank())) {
            throw new org.innoport.shared.RuleViolationException("reasons", "tasks.reasons.required");
        }
        status = next;
        this.reasons = valid ? null : reasons.strip();
        updatedAt = now;
    }

    /** The identification council's result. */
    public void recordCouncilResult(UUID councilId, BigDecimal mean, boolean passed, Instant now) {
        ProposalStatus next = passed ? ProposalStatus.RECOMMENDED : ProposalStatus.NOT_RECOMMENDED;
        status.require(next);
        status = next;
        this.councilId = councilId;
        this.score = mean;
        updatedAt = now;
    }

    public void list(Instant now) {
        status.require(ProposalStatus.LISTED);
        status = ProposalStatus.LISTED;
        updatedAt = now;
    }

    private void apply(Content content, Instant now) {
        this.title = content.title().strip();
        this.type = content.type();
        this.level = content.level();
        this.programmeId = content.programmeId();
        this.problem = content.problem().strip();
        this.objectives = content.objectives().strip();
        this.expectedResults = content.expectedResults().strip();
        this.estimatedBudget = content.estimatedBudget();
        this.durationMonths = content.durationMonths();
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public String proposer() { return proposer; }
    public UUID organisationId() { return organisationId; }
    public String title() { return title; }
    public TaskType type() { return type; }
    public TaskLevel level() { return level; }
    public UUID programmeId() { return programmeId; }
    public String problem() { return problem; }
    public String objectives() { return objectives; }
    public String expectedResults() { return expectedResults; }
    public Money estimatedBudget() { return estimatedBudget; }
    public int durationMonths() { return durationMonths; }
    public ProposalStatus status() { return status; }
    public String reasons() { return reasons; }
    public UUID councilId() { return councilId; }
    public BigDecimal score() { return score; }
    public Instant submittedAt() { return submittedAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version == null ? 0 : version; }
}
