package org.innoport.exchange.auctions;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidRepository extends JpaRepository<Bid, UUID> {

    List<Bid> findByAuctionIdOrderBySeq(UUID auctionId);

    boolean existsByAuctionIdAndIdempotencyKey(UUID auctionId, String idempotencyKey);

    boolean existsByAuctionIdAndRegistrationId(UUID auctionId, UUID registrationId);
}
