package org.innoport.tasks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.SelectionMode;
import org.innoport.tasks.TaskType;

/** A task on the approved task list (danh mục), decided by a LEADER from a recommended proposal. */
@Entity
@Table(schema = "tasks", name = "listings")
public class TaskListing {

    @Id
    private UUID id;
    private UUID proposalId;
    private String title;
    @Enumerated(EnumType.STRING)
    private TaskType type;
    private UUID programmeId;
    @Enumerated(EnumType.STRING)
    private SelectionMode selectionMode;
    private Money budgetCeiling;
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    private ListingStatus status;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private Long version;

    protected TaskListing() {
    }

    public TaskListing(Proposal proposal, SelectionMode mode, Money budgetCeiling, String decidedBy, Instant now) {
        if (budgetCeiling == null || !budgetCeiling.isPositive()) {
            throw new RuleViolationException("budgetCeiling", "tasks.listing.ceiling-positive");
        }
        proposal.list(now);
        this.id = UUID.randomUUID();
        this.proposalId = proposal.id();
        this.title = proposal.title();
        this.type = proposal.type();
        this.programmeId = proposal.programmeId();
        this.selectionMode = mode;
        this.budgetCeiling = budgetCeiling;
        this.durationMonths = proposal.durationMonths();
        this.status = ListingStatus.LISTED;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public void putInCall() {
        status.require(ListingStatus.IN_CALL);
        status = ListingStatus.IN_CALL;
    }

    public void award() {
        status.require(ListingStatus.AWARDED);
        status = ListingStatus.AWARDED;
    }

    public UUID id() { return id; }
    public UUID proposalId() { return proposalId; }
    public String title() { return title; }
    public TaskType type() { return type; }
    public UUID programmeId() { return programmeId; }
    public SelectionMode selectionMode() { return selectionMode; }
    public Money budgetCeiling() { return budgetCeiling; }
    public int durationMonths() { return durationMonths; }
    public ListingStatus status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public long version() { return version == null ? 0 : version; }
}
