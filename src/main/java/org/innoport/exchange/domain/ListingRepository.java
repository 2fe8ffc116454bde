package org.innoport.exchange.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.ListingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingRepository extends JpaRepository<Listing, UUID> {

    List<Listing> findTop200ByStatusOrderByTitle(org.innoport.exchange.ListingStatus status);

    Page<Listing> findByOwnerOrganisationIdOrderByUpdatedAtDesc(UUID organisationId, Pageable pageable);

    Page<Listing> findByStatusOrderByUpdatedAtAsc(ListingStatus status, Pageable pageable);

    /** Published listings whose expiry is before {@code horizon}: candidates for a reminder or for expiry. */
    @Query("select l from Listing l where l.status = org.innoport.exchange.ListingStatus.PUBLISHED and l.expiresAt < :horizon order by l.expiresAt")
    List<Listing> findPublishedExpiringBefore(Instant horizon);

    boolean existsBySampleTrue();
}
