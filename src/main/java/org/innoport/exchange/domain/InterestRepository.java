package org.innoport.exchange.domain;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InterestRepository extends JpaRepository<Interest, UUID> {

    /** Interests sent by the organisation or the user, or received on the organisation's listings. */
    @Query("""
            select i from Interest i where i.fromOrganisationId = :organisation or i.fromUsername = :username
              or i.listingId in (select l.id from Listing l where l.ownerOrganisationId = :organisation)
            order by i.createdAt desc""")
    Page<Interest> involving(UUID organisation, String username, Pageable pageable);

    Page<Interest> findAllByOrderByCreatedAtDesc(Pageable pageable);

    long countByListingIdIn(Collection<UUID> listingIds);
}
