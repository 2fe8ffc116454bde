package org.innoport.tasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.domain.RegistryTask;
import org.innoport.tasks.domain.RegistryTaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of tasks kept without the city workflow (other levels, earlier city tasks). */
@Service
public class TaskRegistry {

    public record RegistryForm(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 1000) String title,
                               @NotNull TaskLevel level, @Size(max = 40) String programmeCode,
                               @Size(max = 20) String field, @NotBlank @Size(max = 500) String hostName,
                               @NotBlank @Size(max = 40) String hostType, @Size(max = 300) String piName,
                               @Min(1990) @Max(2100) int approvalYear, @Min(1990) @Max(2100) int periodFrom,
                               @Min(1990) @Max(2100) int periodTo, @NotBlank @Size(max = 30) String status,
                               @NotNull Money stateAmount, @NotNull Money counterpartAmount,
                               @NotNull Money otherAmount, @Size(max = 10000) String results, boolean sample) {
    }

    public record RegistryView(UUID id, String code, String title, TaskLevel level, String programmeCode,
                               String field, String hostName, String hostType, String piName, int approvalYear,
                               int periodFrom, int periodTo, String status, Money stateAmount,
                               Money counterpartAmount, Money otherAmount, Money total, String results,
                               boolean sample, long version) {
    }

    private final RegistryTaskRepository registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskRegistry(RegistryTaskRepository registry, ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public RegistryView register(RegistryForm form) {
        return view(save(form));
    }

    /** Registers without a caller check (seeders and the import job run as the system). */
    @Transactional
    public RegistryView registerAsSystem(RegistryForm form) {
        return view(save(form));
    }

    private RegistryTask save(RegistryForm form) {
        if (form.periodTo() < form.periodFrom()) {
            throw new RuleViolationException("periodTo", "tasks.registry.period");
        }
        if (form.stateAmount().isNegative() || form.counterpartAmount().isNegative()
                || form.otherAmount().isNegative()) {
            throw new RuleViolationException("stateAmount", "tasks.money.positive");
        }
        if (registry.existsByCode(form.code())) {
            throw new RuleViolationException("code", "tasks.registry.code-taken");
        }
        RegistryTask task = registry.saveAndFlush(new RegistryTask(form.code(), form.title(), form.level(),
                form.programmeCode(), form.field(), form.hostName(), form.hostType(), form.piName(),
                form.approvalYear(), form.periodFrom(), form.periodTo(), form.status(), form.stateAmount(),
                form.counterpartAmount(), form.otherAmount(), form.results(), form.sample(), clock.instant()));
        events.publishEvent(new TaskEvent("RegistryTask", task.id().toString(), "registry-task.registered",
                null, Map.of("code", task.code(), "level", task.level().name(), "state", task.stateAmount().dong(),
                        "counterpart", task.counterpartAmount().dong(), "other", task.otherAmount().dong())));
        return task;
    }

    @Transactional(readOnly = true)
    public Page<RegistryView> list(TaskLevel level, String q, Pageable pageable) {
        return registry.search(level, q == null || q.isBlank() ? null : q.strip(), pageable).map(TaskRegistry::view);
    }

    private static RegistryView view(RegistryTask r) {
        return new RegistryView(r.id(), r.code(), r.title(), r.level(), r.programmeCode(), r.field(), r.hostName(),
                r.hostType(), r.piName(), r.approvalYear(), r.periodFrom(), r.periodTo(), r.status(),
                r.stateAmount(), r.counterpartAmount(), r.otherAmount(),
                r.stateAmount().plus(r.counterpartAmount()).plus(r.otherAmount()), r.results(), r.sample(),
                r.version());
    }
}
