package org.innoport.platform;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.innoport.platform.jobs.Job;
import org.innoport.platform.jobs.JobRepository;
import org.innoport.platform.jobs.JobRunner;
import org.innoport.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long work (imports, report generation, index rebuilds) that a user starts and watches: {@link #start} returns at
 * once with the job's id; the user follows {@code /jobs/{id}} (a progress bar) or {@code GET /api/v1/jobs/{id}}.
 *
 * <pre>{@code
 * UUID id = jobs.start("tasks.import", user, progress -> {
 *     for (int i = 0; i < rows.size(); i++) { importRow(rows.get(i)); progress.update(100 * i / rows.size(), null); }
 *     return JobResult.link("/tasks?imported=" + batch);
 * });
 * return "redirect:/jobs/" + id;
 * }</pre>
 */
@Service
public class Jobs {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JobRepository jobs;
    private final JobRunner runner;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Jobs(JobRepository jobs, JobRunner runner, Clock clock, PlatformTransactionManager transactionManager) {
        this.jobs = jobs;
        this.runner = runner;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records a QUEUED job and hands the work to a worker. Inside a transaction the work starts only after it
     * commits (and not at all if it rolls back), so the work sees the data that started it.
     *
     * @param kind what the job does, e.g. {@code tasks.import} (for administrators and logs)
     * @param owner the username that may watch it
     * @return the job's id
     */
    public UUID start(String kind, String owner, JobWork work) {
        Job job = transactions.execute(status -> jobs.save(new Job(kind, owner, language(), clock.instant())));
        UUID id = job.id();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.submit(id, work);
                }
            });
        } else {
            runner.submit(id, work);
        }
        return id;
    }

    /**
     * The job as {@code viewer} may see it.
     *
     * @throws NotFoundException when it does not exist or belongs to someone else (unless the viewer is an admin)
     */
    @Transactional(readOnly = true)
    public JobStatus status(UUID id, String viewer, boolean admin) {
        return jobs.findById(id).filter(job -> job.visibleTo(viewer, admin)).map(Job::toStatus)
                .orElseThrow(() -> new NotFoundException("job", id));
    }

    /** The language of the current request; Vietnamese outside a request (not the server's default locale). */
    private static Locale language() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
