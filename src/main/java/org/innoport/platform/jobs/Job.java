package org.innoport.platform.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.innoport.platform.JobState;
import org.innoport.platform.JobStatus;
import org.innoport.shared.IllegalTransitionException;

/** One run of long work. QUEUED → RUNNING → SUCCEEDED | FAILED; a queued job may also fail (no worker, restart). */
@Entity
@Table(name = "jobs", schema = "platform")
public class Job {

    private static final int MESSAGE_LENGTH = 1000;

    @Id
    private UUID id;
    private String kind;
    private String owner;
    private String locale;
    @Enumerated(EnumType.STRING)
    private JobState state;
    private int percent;
    private String message;
    private String resultUrl;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;
    @Version
    private long version;

    protected Job() {
    }

    public Job(String kind, String owner, Locale locale, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.owner = owner;
        this.locale = locale.toLanguageTag();
        this.state = JobState.QUEUED;
        this.createdAt = now;
    }

    public void start(Instant now) {
        require(state == JobState.QUEUED);
        state = JobState.RUNNING;
        startedAt = now;
    }

    public void progress(int percent, String message) {
        require(state == JobState.RUNNING);
        this.percent = Math.clamp(percent, 0, 100);
        if (message != null) {
            this.message = shorten(message);
        }
    }

    public void succeed(String message, String resultUrl, Instant now) {
        require(state == JobState.RUNNING);
        state = JobState.SUCCEEDED;
        percent = 100;
        this.message = shorten(message);
        this.resultUrl = resultUrl;
        finishedAt = now;
    }

    public void fail(String message, Instant now) {
        require(!state.finished());
        state = JobState.FAILED;
        this.message = shorten(message);
        finishedAt = now;
    }

    public boolean visibleTo(String username, boolean admin) {
        return admin || owner.equalsIgnoreCase(username);
    }

    public UUID id() {
        return id;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public JobState state() {
        return state;
    }

    public JobStatus toStatus() {
        return new JobStatus(id, kind, state, percent, message, resultUrl, createdAt, finishedAt);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new IllegalTransitionException("jobs.illegal-transition", state);
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
