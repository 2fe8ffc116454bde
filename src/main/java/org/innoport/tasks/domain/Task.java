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
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.tasks.TaskLevel;
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
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "task_budget", joinColumns = @JoinColumn(name = "task_id"))
    private List<BudgetCell> budget = new ArrayList<>();

    protected Task() {
    }

    /** Approves the task of an appraised application: the application becomes APPROVED, the listing AWARDED. */
    public static Task approve(String code, TaskListing listing, Application application, String leader, Instant now) {
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
        task.budget.addAll(BudgetCell.of(application.approvedPlan()));
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
    public long version() { return version == null ? 0 : version; }
}
