package org.innoport.tasks.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;

/** A change of an implemented task (extension, budget reallocation, PI change) decided by a LEADER. */
@Embeddable
public class ChangeRequest {

    public enum Kind { EXTENSION, BUDGET_REALLOCATION, PI_CHANGE }

    public enum Status { PENDING, APPROVED, REFUSED }

    private UUID id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String reason;
    private Integer months;
    private UUID newPiPersonId;
    private String budgetLines;
    private boolean budgetChange;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    protected ChangeRequest() {
    }

    ChangeRequest(Kind kind, String reason, Integer months, UUID newPiPersonId, BudgetPlan plan,
                  boolean budgetChange, String requestedBy, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.reason = reason;
        this.months = months;
        this.newPiPersonId = newPiPersonId;
        this.budgetLines = plan == null ? null : encode(plan);
        this.budgetChange = budgetChange;
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(boolean approved, String by, String note, Instant now) {
        this.status = approved ? Status.APPROVED : Status.REFUSED;
        this.decidedBy = by;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    private static String encode(BudgetPlan plan) {
        StringBuilder text = new StringBuilder();
        plan.lines().forEach(line -> text.append(line.source()).append(':').append(line.fiscalYear()).append(':')
                .append(line.amount().dong()).append(';'));
        return text.toString();
    }

    public BudgetPlan plan() {
        if (budgetLines == null) {
            return null;
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (String cell : budgetLines.split(";")) {
            if (!cell.isBlank()) {
                String[] parts = cell.split(":");
                lines.add(new BudgetLine(FundingSource.valueOf(parts[0]), Integer.parseInt(parts[1]),
                        Money.of(Long.parseLong(parts[2]))));
            }
        }
        return BudgetPlan.of(lines);
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public String reason() { return reason; }
    public Integer months() { return months; }
    public UUID newPiPersonId() { return newPiPersonId; }
    public boolean budgetChange() { return budgetChange; }
    public Status status() { return status; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
