package org.innoport.tasks.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.tasks.FundingSource;

/** A tranche paid to the host: an advance or a payment from one source in one fiscal year, by a decision. */
@Embeddable
public class Disbursement {

    public enum Kind { ADVANCE, PAYMENT }

    private UUID id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private FundingSource source;
    private int fiscalYear;
    private Money amount;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String recordedBy;
    private Instant recordedAt;

    protected Disbursement() {
    }

    Disbursement(Kind kind, FundingSource source, int fiscalYear, Money amount, String decisionNumber,
                 LocalDate decisionDate, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.source = source;
        this.fiscalYear = fiscalYear;
        this.amount = amount;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public FundingSource source() { return source; }
    public int fiscalYear() { return fiscalYear; }
    public Money amount() { return amount; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate decisionDate() { return decisionDate; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
