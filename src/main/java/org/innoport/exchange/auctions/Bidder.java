package org.innoport.exchange.auctions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.exchange.BidderStatus;
import org.innoport.exchange.DepositDisposition;
import org.innoport.shared.IllegalTransitionException;

/** An organisation registered to bid; QUALIFIED once an officer confirms its deposit. */
@Entity
@Table(name = "auction_registrations", schema = "exchange")
public class Bidder {

    @Id
    private UUID id;
    private UUID auctionId;
    private UUID organisationId;
    private String registeredBy;
    @Enumerated(EnumType.STRING)
    private BidderStatus status;
    private String depositConfirmedBy;
    private Instant depositConfirmedAt;
    @Enumerated(EnumType.STRING)
    private DepositDisposition depositDisposition;
    private Instant createdAt;
    @Version
    private long version;

    protected Bidder() {
    }

    public Bidder(UUID id, UUID auctionId, UUID organisationId, String registeredBy, Instant now) {
        this.id = id;
        this.auctionId = auctionId;
        this.organisationId = organisationId;
        this.registeredBy = registeredBy;
        this.status = BidderStatus.REGISTERED;
        this.createdAt = now;
    }

    public void confirmDeposit(String officer, Instant now) {
        if (status != BidderStatus.REGISTERED) {
            throw new IllegalTransitionException("auction.deposit.already-confirmed", status);
        }
        this.status = BidderStatus.QUALIFIED;
        this.depositConfirmedBy = officer;
        this.depositConfirmedAt = now;
    }

    /** After the auction: the winner's deposit goes to the price, every other confirmed deposit is refunded. */
    public void settleDeposit(boolean winner) {
        if (status == BidderStatus.QUALIFIED && depositDisposition == null) {
            this.depositDisposition = winner ? DepositDisposition.APPLY_TO_PRICE : DepositDisposition.REFUND;
        }
    }


    public UUID getId() { return id; }
    public UUID getAuctionId() { return auctionId; }
    public UUID getOrganisationId() { return organisationId; }
    public String getRegisteredBy() { return registeredBy; }
    public BidderStatus getStatus() { return status; }
    public String getDepositConfirmedBy() { return depositConfirmedBy; }
    public Instant getDepositConfirmedAt() { return depositConfirmedAt; }
    public DepositDisposition getDepositDisposition() { return depositDisposition; }
    public long getVersion() { return version; }
}
