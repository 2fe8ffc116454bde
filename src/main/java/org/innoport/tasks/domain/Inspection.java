package org.innoport.tasks.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** An inspection of the task's implementation with its findings and follow-up. */
@Embeddable
public class Inspection {

    private UUID id;
    private LocalDate inspectedOn;
    private String findings;
    private String followUp;
    private String recordedBy;

    protected Inspection() {
    }

    Inspection(LocalDate inspectedOn, String findings, String followUp, String recordedBy) {
        this.id = UUID.randomUUID();
        this.inspectedOn = inspectedOn;
        this.findings = findings;
        this.followUp = followUp;
        this.recordedBy = recordedBy;
    }

    public UUID id() { return id; }
    public LocalDate inspectedOn() { return inspectedOn; }
    public String findings() { return findings; }
    public String followUp() { return followUp; }
    public String recordedBy() { return recordedBy; }
}
