package org.innoport.exchange.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.SessionOutcome;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/** A connection session an officer organises for a listing; its outcome is recorded once. */
@Entity
@Table(name = "connection_sessions", schema = "exchange")
public class ConnectionSession {

    @Id
    private UUID id;
    private UUID listingId;
    private UUID interestId;
    private LocalDate heldOn;
    /** One party per line. */
    private String parties;
    private boolean international;
    @Enumerated(EnumType.STRING)
    private SessionOutcome outcome;
    private Long contractValueVnd;
    private String organisedBy;
    private Instant createdAt;
    @Version
    private long version;

    protected ConnectionSession() {
    }

    public ConnectionSession(UUID id, UUID listingId, UUID interestId, LocalDate heldOn, List<String> parties,
                             boolean international, String organisedBy, Instant now) {
        List<String> named = parties == null ? List.of() : parties.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).toList();
        if (named.isEmpty()) {
            throw new RuleViolationException("parties", "exchange.session.parties.required");
        }
        this.id = id;
        this.listingId = listingId;
        this.interestId = interestId;
        this.heldOn = heldOn;
        this.parties = String.join("\n", named);
        this.international = international;
        this.organisedBy = organisedBy;
        this.createdAt = now;
    }

    public void record(SessionOutcome outcome, Long contractValueVnd) {
        if (this.outcome != null) {
            throw new IllegalTransitionException("exchange.session.outcome.recorded");
        }
        if (outcome == SessionOutcome.CONTRACT && (contractValueVnd == null || contractValueVnd < 0)) {
            throw new RuleViolationException("contractValueVnd", "exchange.session.outcome.value-required");
        }
        this.outcome = outcome;
        this.contractValueVnd = outcome == SessionOutcome.CONTRACT ? contractValueVnd : null;
    }

    public UUID getId() { return id; }
    public UUID getListingId() { return listingId; }
    public UUID getInterestId() { return interestId; }
    public LocalDate getHeldOn() { return heldOn; }
    public List<String> partyList() { return List.of(parties.split("\n")); }
    public boolean isInternational() { return international; }
    public SessionOutcome getOutcome() { return outcome; }
    public Long getContractValueVnd() { return contractValueVnd; }
    public String getOrganisedBy() { return organisedBy; }
    public long getVersion() { return version; }
}
