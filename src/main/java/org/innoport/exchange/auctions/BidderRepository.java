package org.innoport.exchange.auctions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidderRepository extends JpaRepository<Bidder, UUID> {

    Optional<Bidder> findByAuctionIdAndOrganisationId(UUID auctionId, UUID organisationId);

    List<Bidder> findByAuctionIdOrderByCreatedAt(UUID auctionId);

    long countByAuctionIdAndStatus(UUID auctionId, org.innoport.exchange.BidderStatus status);
}
