package org.innoport.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.shared.NotFoundException;
import org.innoport.tasks.Commands.Appraise;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Views.ApplicationView;
import org.innoport.tasks.Views.TaskView;
import org.innoport.tasks.domain.Application;
import org.innoport.tasks.domain.ApplicationRepository;
import org.innoport.tasks.domain.BudgetPlan;
import org.innoport.tasks.domain.Task;
import org.innoport.tasks.domain.TaskListing;
import org.innoport.tasks.domain.TaskListingRepository;
import org.innoport.tasks.domain.TaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of selection and the register of tasks: budget appraisal of the selected application, the LEADER's
 * approval that creates the {@link Task} (publishing {@link TaskApproved}), and reading tasks.
 */
@Service
public class TaskRegister {

    private final ApplicationRepository applications;
    private final TaskListingRepository listings;
    private final TaskRepository tasks;
    private final Programmes programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.innoport.directory.Organisations organisations;

    TaskRegister(ApplicationRepository applications, TaskListingRepository listings, TaskRepository tasks,
                 Programmes programmes, ApplicationEventPublisher events, Clock clock,
                 org.innoport.directory.Organisations organisations) {
        this.organisations = organisations;
        this.applications = applications;
        this.listings = listings;
        this.tasks = tasks;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the approved amounts per source and fiscal year of a SELECTED application: the total never above the
     * listing's ceiling, the state share of each year never above the programme's remaining budget of that year.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public ApplicationView appraise(UUID applicationId, Appraise command) {
        Application application = loadApplication(applicationId);
        Versions.check("application", application.version(), command.version());
        TaskListing listing = loadListing(application.listingId());
        BudgetPlan plan = BudgetPlan.of(command.lines());
        Map<Integer, Money> remaining = new HashMap<>();
        plan.years().forEach(year -> remaining.put(year, programmes.remaining(listing.programmeId(), year)));
        String before = application.status().name();
        application.appraise(plan, listing.budgetCeiling(), remaining, now());
        applications.saveAndFlush(application);
        events.publishEvent(new TaskEvent("Application", applicationId.toString(), "application.appraised",
                Map.of("status", before), Map.of("status", application.status().name(),
                        "approvedBudget", plan.lines(), "total", plan.total())));
        return Selection.view(application);
    }

    /** A LEADER approves the task of an appraised application; anything else is refused with 409. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public TaskView approve(String leader, UUID applicationId, Decision decision) {
        Application application = loadApplication(applicationId);
        Versions.check("application", application.version(), decision.version());
        TaskListing listing = loadListing(application.listingId());
        programmes.lockBudget(listing.programmeId());
        requireProgrammeBudget(listing, application.approvedPlan());
        Instant now = now();
        String code = "NV.%d.%04d".formatted(now.atZone(clock.getZone()).getYear(), tasks.nextCodeNumber());
        String hostType = organisations.find(application.organisationId()).map(o -> o.type().name()).orElse(null);
        Task task = Task.approve(code, listing, application, hostType, leader, now);
        applications.saveAndFlush(application);
        listings.saveAndFlush(listing);
        tasks.saveAndFlush(task);
        events.publishEvent(new TaskEvent("Application", applicationId.toString(), "application.approved",
                Map.of("status", "APPRAISED"), Map.of("status", application.status().name(), "taskId", task.id())));
        events.publishEvent(new TaskEvent("TaskListing", listing.id().toString(), "listing.awarded",
                Map.of("status", "IN_CALL"), Map.of("status", listing.status().name(), "taskId", task.id())));
        events.publishEvent(new TaskApproved(task.id(), task.code(), task.title(), task.programmeId(),
                task.hostOrganisationId(), task.piPersonId(), task.approvedBudget().lines(), now));
        return view(task);
    }

    /** The task list with filters; applicants see only their organisation's tasks. */
    @Transactional(readOnly = true)
    public Page<TaskView> tasks(Caller caller, TaskFilter filter, Pageable pageable) {
        if (!caller.staff() && caller.organisationId() == null) {
            return Page.empty(pageable);
        }
        UUID onlyHost = caller.staff() ? null : caller.organisationId();
        return tasks.findAll(filter.specification(onlyHost), pageable).map(TaskRegister::view);
    }

    @Transactional(readOnly = true)
    public Page<TaskView> tasks(Caller caller, Pageable pageable) {
        if (caller.staff()) {
            return tasks.findAll(pageable).map(TaskRegister::view);
        }
        return caller.organisationId() == null ? Page.empty(pageable)
                : tasks.findByHostOrganisationId(caller.organisationId(), pageable).map(TaskRegister::view);
    }

    @Transactional(readOnly = true)
    public TaskView task(Caller caller, UUID id) {
        Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id));
        if (!caller.mayRead(task.hostOrganisationId())) {
            throw new NotFoundException("task", id);
        }
        return view(task);
    }

    /** Tasks approved since the appraisal may have used up the programme's budget of a year: check again. */
    private void requireProgrammeBudget(TaskListing listing, BudgetPlan plan) {
        for (int year : plan.years()) {
            Money state = plan.amount(FundingSource.STATE_BUDGET, year);
            Money remaining = programmes.remaining(listing.programmeId(), year);
            if (state.isGreaterThan(remaining)) {
                throw new org.innoport.shared.IllegalTransitionException("tasks.appraisal.above-programme-remaining",
                        year, state.dong(), remaining.dong());
            }
        }
    }

    private Application loadApplication(UUID id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
    }

    private TaskListing loadListing(UUID id) {
        return listings.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
    }

    static TaskView view(Task t) {
        BudgetPlan plan = t.approvedBudget();
        return new TaskView(t.id(), t.code(), t.title(), t.level(), t.type(), t.hostOrganisationId(), t.piPersonId(),
                t.programmeId(), t.listingId(), t.applicationId(), t.durationMonths(), t.status().name(),
                plan.lines(), Selection.totals(plan), t.approvedBy(), t.approvedAt(), t.field(), t.hostType(), t.sample(),
                t.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
