package org.innoport.exchange.auctions;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innoport.exchange.AuctionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AuctionRepository extends JpaRepository<Auction, UUID> {

    /** {@code select ... for update}: serialises bids (and close) on one auction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Auction a where a.id = :id")
    Optional<Auction> lockById(UUID id);

    Page<Auction> findAllByOrderByBiddingOpensAtDesc(Pageable pageable);

    Page<Auction> findByStatusOrderByBiddingOpensAtDesc(AuctionStatus status, Pageable pageable);

    /** Auctions still bidding whose (possibly extended) end has passed: the automatic close takes them. */
    @Query("select a.id from Auction a where a.status = org.innoport.exchange.AuctionStatus.BIDDING"
            + " and a.biddingEndsAt <= :now order by a.biddingEndsAt")
    List<UUID> findEndedWhileBidding(Instant now);
}
