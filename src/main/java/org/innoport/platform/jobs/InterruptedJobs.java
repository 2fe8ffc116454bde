package org.innoport.platform.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.innoport.platform.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work lives in memory, so a job that was queued or running when the application stopped can never finish: at start-up
 * it is marked FAILED with "interrupted by a restart", in its owner's language. (One application instance per
 * database, the default deployment; several instances would need an owner per node.)
 */
@Component
class InterruptedJobs {

    private static final Logger log = LoggerFactory.getLogger(InterruptedJobs.class);

    private final JobRepository jobs;
    private final MessageSource messages;
    private final Clock clock;
    private final Instant bootTime;

    InterruptedJobs(JobRepository jobs, MessageSource messages, Clock clock) {
        this.jobs = jobs;
        this.messages = messages;
        this.clock = clock;
        this.bootTime = clock.instant();
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void failInterruptedJobs() {
        List<Job> unfinished = jobs.findByStateInAndCreatedAtBefore(List.of(JobState.QUEUED, JobState.RUNNING), bootTime);
        for (Job job : unfinished) {
            job.fail(messages.getMessage("jobs.failed.restart", null, job.locale()), clock.instant());
        }
        if (!unfinished.isEmpty()) {
            log.warn("Marked {} job(s) interrupted by the restart as failed", unfinished.size());
        }
    }
}
