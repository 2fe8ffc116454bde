package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The approved task list; used only inside the tasks module. */
public interface TaskListingRepository extends JpaRepository<TaskListing, UUID> {

    Page<TaskListing> findByStatus(ListingStatus status, Pageable pageable);
}
