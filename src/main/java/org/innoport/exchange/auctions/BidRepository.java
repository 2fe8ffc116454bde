package org.innoport.exchange.auctions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BidRepository extends JpaRepository<Bid, UUID> {

    List<Bid> findByAuctionIdOrderBySeq(UUID auctionId);

    boolean existsByAuctionIdAndIdempotencyKey(UUID auctionId, String idempotencyKey);

    Optional<Bid> findFirstByAuctionIdOrderBySeqDesc(UUID auctionId);

    @Query("select distinct b.organisationId from Bid b where b.auctionId = :auctionId")
    List<UUID> findBiddingOrganisations(UUID auctionId);

    boolean existsByAuctionIdAndRegistrationId(UUID auctionId, UUID registrationId);
}
