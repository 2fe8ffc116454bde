package org.innoport.exchange.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.RuleViolationException;

/** What came of one event: connections made, MoUs, contracts and their total value in VND. Revisable by officers. */
@Entity
@Table(name = "event_outcomes", schema = "exchange")
public class EventOutcome {

    @Id
    private UUID eventId;
    private int connectionsMade;
    private int mous;
    private int contracts;
    private long contractValueVnd;
    private String note;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private long version;

    protected EventOutcome() {
    }

    public EventOutcome(UUID eventId) {
        this.eventId = eventId;
    }

    /** Replaces the figures; contracts and their value go together (a value needs a contract, a contract a value). */
    public void record(int connectionsMade, int mous, int contracts, long contractValueVnd, String note,
                       String officer, Instant now) {
        if (contracts > 0 && contractValueVnd <= 0) {
            throw new RuleViolationException("contractValueVnd", "event.outcome.value-required");
        }
        if (contracts == 0 && contractValueVnd > 0) {
            throw new RuleViolationException("contracts", "event.outcome.value-without-contract");
        }
        this.connectionsMade = connectionsMade;
        this.mous = mous;
        this.contracts = contracts;
        this.contractValueVnd = contractValueVnd;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = officer;
        this.recordedAt = now;
    }

    public UUID getEventId() { return eventId; }
    public int getConnectionsMade() { return connectionsMade; }
    public int getMous() { return mous; }
    public int getContracts() { return contracts; }
    public long getContractValueVnd() { return contractValueVnd; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
