package org.innoport.tasks.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Applications; used only inside the tasks module. */
public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByCallIdAndStatus(UUID callId, ApplicationStatus status);

    long countByListingIdAndStatusIn(UUID listingId, Collection<ApplicationStatus> statuses);

    @Query("""
            select a from Application a
            where (:callId is null or a.callId = :callId)
              and (:status is null or a.status = :status)
              and (:organisationId is null or a.organisationId = :organisationId)""")
    Page<Application> search(UUID callId, ApplicationStatus status, UUID organisationId, Pageable pageable);

    @Query("select a.status as status, count(a) as count from Application a group by a.status")
    List<StatusCount> countByStatus();

    /** A status and how many applications hold it. */
    interface StatusCount {
        ApplicationStatus getStatus();

        long getCount();
    }
}
