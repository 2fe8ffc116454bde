package org.innoport.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.innoport.platform.Notifications;
import org.innoport.tasks.domain.ProgressReport;
import org.innoport.tasks.domain.Task;
import org.innoport.tasks.domain.TaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags progress reports past their due date and notifies (outbox) the responsible officer once per report; runs
 * daily and uses the injected clock, so tests move time instead of waiting.
 */
@Component
public class OverdueReports {

    /** Recipient of overdue notices: the officers' shared mailbox account. */
    static final String RECIPIENT = "officer";

    private final TaskRepository tasks;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueReports(TaskRepository tasks, Notifications notifications, ApplicationEventPublisher events,
                   Clock clock) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many reports were newly flagged overdue */
    @Scheduled(cron = "${innoport.tasks.overdue-cron:0 15 6 * * *}")
    @Transactional
    public int check() {
        LocalDate today = LocalDate.now(clock);
        int flagged = 0;
        for (Task task : tasks.findWithOverdueReports(today)) {
            for (ProgressReport report : task.takeOverdueReports(today, clock.instant())) {
                notifications.send(RECIPIENT, null, "Báo cáo tiến độ quá hạn: " + task.code(),
                        "Báo cáo kỳ " + report.periodNo() + " của nhiệm vụ " + task.code() + " (" + task.title()
                                + ") đến hạn ngày " + report.dueDate() + " chưa được nộp.");
                events.publishEvent(new TaskEvent("Task", task.id().toString(), "task.report-overdue", null,
                        Map.of("periodNo", report.periodNo(), "dueDate", report.dueDate().toString())));
                flagged++;
            }
            tasks.save(task);
        }
        return flagged;
    }
}
