package org.innoport.tasks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.tasks.TaskLevel;

/**
 * A task registered without the city workflow: national, ministerial and grassroots tasks, and city tasks that
 * predate the system. Funding is kept by source (state S&T budget, counterpart, other).
 */
@Entity
@Table(schema = "tasks", name = "registry_tasks")
public class RegistryTask {

    @Id
    private UUID id;
    private String code;
    private String title;
    @Enumerated(EnumType.STRING)
    private TaskLevel level;
    private String programmeCode;
    private String field;
    private String hostName;
    private String hostType;
    private String piName;
    private int approvalYear;
    private int periodFrom;
    private int periodTo;
    private String status;
    private Money stateAmount;
    private Money counterpartAmount;
    private Money otherAmount;
    private String results;
    private boolean sample;
    private Instant createdAt;
    @Version
    private Long version;

    protected RegistryTask() {
    }

    public RegistryTask(String code, String title, TaskLevel level, String programmeCode, String field,
                        String hostName, String hostType, String piName, int approvalYear, int periodFrom,
                        int periodTo, String status, Money stateAmount, Money counterpartAmount, Money otherAmount,
                        String results, boolean sample, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.title = title;
        this.level = level;
        this.programmeCode = programmeCode;
        this.field = field;
        this.hostName = hostName;
        this.hostType = hostType;
        this.piName = piName;
        this.approvalYear = approvalYear;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = status;
        this.stateAmount = stateAmount;
        this.counterpartAmount = counterpartAmount;
        this.otherAmount = otherAmount;
        this.results = results;
        this.sample = sample;
        this.createdAt = createdAt;
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String title() { return title; }
    public TaskLevel level() { return level; }
    public String programmeCode() { return programmeCode; }
    public String field() { return field; }
    public String hostName() { return hostName; }
    public String hostType() { return hostType; }
    public String piName() { return piName; }
    public int approvalYear() { return approvalYear; }
    public int periodFrom() { return periodFrom; }
    public int periodTo() { return periodTo; }
    public String status() { return status; }
    public Money stateAmount() { return stateAmount; }
    public Money counterpartAmount() { return counterpartAmount; }
    public Money otherAmount() { return otherAmount; }
    public String results() { return results; }
    public boolean sample() { return sample; }
    public long version() { return version == null ? 0 : version; }
}
