package org.innoport.exchange.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.exchange.InterestStatus;
import org.innoport.shared.IllegalTransitionException;

/** An organisation's expression of interest in a listing; the listing's owner accepts or declines it once. */
@Entity
@Table(name = "interests", schema = "exchange")
public class Interest {

    @Id
    private UUID id;
    private UUID listingId;
    private UUID fromOrganisationId;
    private String fromUsername;
    private String message;
    @Enumerated(EnumType.STRING)
    private InterestStatus status;
    private Instant createdAt;
    private Instant decidedAt;
    @Version
    private long version;

    protected Interest() {
    }

    public Interest(UUID id, UUID listingId, UUID fromOrganisationId, String fromUsername, String message, Instant now) {
        this.id = id;
        this.listingId = listingId;
        this.fromOrganisationId = fromOrganisationId;
        this.fromUsername = fromUsername;
        this.message = message;
        this.status = InterestStatus.SENT;
        this.createdAt = now;
    }

    public void decide(boolean accept, Instant now) {
        if (status != InterestStatus.SENT) {
            throw new IllegalTransitionException("exchange.interest.transition", status.name());
        }
        status = accept ? InterestStatus.ACCEPTED : InterestStatus.DECLINED;
        decidedAt = now;
    }

    public UUID getId() { return id; }
    public UUID getListingId() { return listingId; }
    public UUID getFromOrganisationId() { return fromOrganisationId; }
    public String getFromUsername() { return fromUsername; }
    public String getMessage() { return message; }
    public InterestStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
