package org.innoport.exchange.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingFileRepository extends JpaRepository<ListingFile, UUID> {

    List<ListingFile> findByListingIdOrderByAttachedAt(UUID listingId);

    Optional<ListingFile> findByListingIdAndFileId(UUID listingId, UUID fileId);
}
