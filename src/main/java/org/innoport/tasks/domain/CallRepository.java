package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Calls; used only inside the tasks module. */
public interface CallRepository extends JpaRepository<Call, UUID> {
}
