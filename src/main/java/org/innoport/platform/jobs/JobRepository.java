package org.innoport.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innoport.platform.JobState;
import org.springframework.data.jpa.repository.JpaRepository;

/** Jobs; used by {@link org.innoport.platform.Jobs} and its runner only. */
public interface JobRepository extends JpaRepository<Job, UUID> {

    List<Job> findByStateInAndCreatedAtBefore(List<JobState> states, Instant before);
}
