package org.innoport.exchange.auctions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One accepted bid: an append-only row (the database refuses UPDATE and DELETE on the table). */
@Entity
@Immutable
@Table(name = "auction_bids", schema = "exchange")
public class Bid {

    @Id
    private UUID id;
    private UUID auctionId;
    private int seq;
    private UUID registrationId;
    private UUID organisationId;
    private String bidder;
    private long amountVnd;
    private boolean sealed;
    private String idempotencyKey;
    private Instant placedAt;

    protected Bid() {
    }

    public Bid(UUID id, UUID auctionId, int seq, UUID registrationId, UUID organisationId, String bidder, long amountVnd,
               boolean sealed, String idempotencyKey, Instant placedAt) {
        this.id = id;
        this.auctionId = auctionId;
        this.seq = seq;
        this.registrationId = registrationId;
        this.organisationId = organisationId;
        this.bidder = bidder;
        this.amountVnd = amountVnd;
        this.sealed = sealed;
        this.idempotencyKey = idempotencyKey;
        this.placedAt = placedAt;
    }

    public LoggedBid logged() {
        return new LoggedBid(seq, registrationId, organisationId, amountVnd);
    }

    public UUID getId() { return id; }
    public UUID getAuctionId() { return auctionId; }
    public int getSeq() { return seq; }
    public UUID getRegistrationId() { return registrationId; }
    public UUID getOrganisationId() { return organisationId; }
    public String getBidder() { return bidder; }
    public long getAmountVnd() { return amountVnd; }
    public boolean isSealed() { return sealed; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public Instant getPlacedAt() { return placedAt; }
}
