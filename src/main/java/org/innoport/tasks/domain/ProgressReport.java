package org.innoport.tasks.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A six-monthly progress report: DUE → SUBMITTED → ACCEPTED or RETURNED (→ SUBMITTED again); WAIVED at acceptance. */
@Embeddable
public class ProgressReport {

    public enum Status { DUE, SUBMITTED, ACCEPTED, RETURNED, WAIVED }

    private UUID id;
    private int periodNo;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String summary;
    private UUID fileId;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reasons;
    private Instant overdueNotifiedAt;

    protected ProgressReport() {
    }

    ProgressReport(int periodNo, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.periodNo = periodNo;
        this.dueDate = dueDate;
        this.status = Status.DUE;
    }

    void submit(String summary, UUID fileId, String by, Instant now) {
        this.summary = summary;
        this.fileId = fileId;
        this.submittedBy = by;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    void review(boolean accepted, String reasons, String by, Instant now) {
        this.status = accepted ? Status.ACCEPTED : Status.RETURNED;
        this.reasons = reasons;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    void waive() {
        this.status = Status.WAIVED;
    }

    void notifiedOverdue(Instant now) {
        this.overdueNotifiedAt = now;
    }

    public boolean overdue(LocalDate today) {
        return (status == Status.DUE || status == Status.RETURNED) && dueDate.isBefore(today);
    }

    public UUID id() { return id; }
    public int periodNo() { return periodNo; }
    public LocalDate dueDate() { return dueDate; }
    public Status status() { return status; }
    public String summary() { return summary; }
    public UUID fileId() { return fileId; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reasons() { return reasons; }
    public Instant overdueNotifiedAt() { return overdueNotifiedAt; }
}
