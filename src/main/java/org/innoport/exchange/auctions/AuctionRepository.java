package org.innoport.exchange.auctions;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
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
}
