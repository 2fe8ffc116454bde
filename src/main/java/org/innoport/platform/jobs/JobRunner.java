package org.innoport.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.innoport.platform.JobProgress;
import org.innoport.platform.JobResult;
import org.innoport.platform.JobWork;
import org.innoport.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs jobs on a bounded pool of virtual threads and records every step in its own transaction, so the watcher sees
 * progress while the work goes on. Failures become a message in the owner's language; stack traces go to the log only.
 */
@Component
public class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository jobs;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration progressInterval;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor executor;

    JobRunner(JobRepository jobs, MessageSource messages, Clock clock, JobsProperties properties,
              PlatformTransactionManager transactionManager) {
        this.jobs = jobs;
        this.messages = messages;
        this.clock = clock;
        this.progressInterval = properties.progressInterval();
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = new ThreadPoolExecutor(properties.concurrency(), properties.concurrency(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(properties.queueCapacity()),
                Thread.ofVirtual().name("innoport-job-", 0).factory());
    }

    /** Queues the work of a committed QUEUED job; it runs with the caller's security context. */
    public void submit(UUID id, JobWork work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        try {
            executor.execute(() -> run(id, work, context));
        } catch (RejectedExecutionException e) {
            log.warn("Job {} refused: {} jobs waiting", id, executor.getQueue().size());
            update(id, job -> job.fail(text("jobs.failed.busy", job.locale()), clock.instant()));
        }
    }

    private void run(UUID id, JobWork work, SecurityContext context) {
        SecurityContextHolder.setContext(context);
        MDC.put("jobId", id.toString());
        Locale locale = Locale.forLanguageTag("vi");
        try {
            Job started = update(id, job -> job.start(clock.instant()));
            locale = started.locale();
            JobResult result = work.run(new ThrottledProgress(id, locale));
            JobResult outcome = result == null ? JobResult.done() : result;
            Locale language = locale;
            update(id, job -> job.succeed(outcome.message() != null ? outcome.message()
                    : text("jobs.succeeded", language), outcome.resultUrl(), clock.instant()));
        } catch (DomainException e) {
            log.info("Job {} failed: {}", id, e.messageKey());
            failQuietly(id, messages.getMessage(e.messageKey(), e.args(), text("jobs.failed.unexpected", locale), locale));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failQuietly(id, text("jobs.failed.interrupted", locale));
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            log.error("Job {} failed unexpectedly", id, e);
            failQuietly(id, text("jobs.failed.unexpected", locale));
        } finally {
            SecurityContextHolder.clearContext();
            MDC.remove("jobId");
        }
    }

    private void failQuietly(UUID id, String message) {
        try {
            update(id, job -> job.fail(message, clock.instant()));
        } catch (RuntimeException e) {
            log.error("Could not record the failure of job {}", id, e);
        }
    }

    private Job update(UUID id, Consumer<Job> change) {
        return transactions.execute(status -> {
            Job job = jobs.findById(id).orElseThrow(() -> new IllegalStateException("No job " + id));
            change.accept(job);
            return job;
        });
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    /** Writes an update unless the last one was written less than the progress interval ago. */
    private final class ThrottledProgress implements JobProgress {

        private final UUID id;
        private final Locale locale;
        private Instant lastWrite;

        ThrottledProgress(UUID id, Locale locale) {
            this.id = id;
            this.locale = locale;
        }

        @Override
        public synchronized void update(int percent, String message) {
            Instant now = clock.instant();
            if (lastWrite != null && Duration.between(lastWrite, now).compareTo(progressInterval) < 0) {
                return;
            }
            lastWrite = now;
            JobRunner.this.update(id, job -> job.progress(percent, message));
        }

        @Override
        public Locale locale() {
            return locale;
        }
    }
}
