package org.innoport.tasks.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import org.innoport.shared.Money;

/** What a closed task's results became, dated and sourced. */
@Embeddable
public class Outcome {

    public enum Kind { IP_FILED, IP_GRANTED, TECHNOLOGY_TRANSFER, PRODUCT_REVENUE, POLICY_ADOPTED, PUBLICATION,
        PEOPLE_TRAINED }

    private UUID id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate occurredOn;
    private String description;
    private Money amount;
    private Integer quantity;
    private String evidence;
    private String recordedBy;

    protected Outcome() {
    }

    Outcome(Kind kind, LocalDate occurredOn, String description, Money amount, Integer quantity, String evidence,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.description = description;
        this.amount = amount;
        this.quantity = quantity;
        this.evidence = evidence;
        this.recordedBy = recordedBy;
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public LocalDate occurredOn() { return occurredOn; }
    public String description() { return description; }
    public Money amount() { return amount; }
    public Integer quantity() { return quantity; }
    public String evidence() { return evidence; }
    public String recordedBy() { return recordedBy; }
}
