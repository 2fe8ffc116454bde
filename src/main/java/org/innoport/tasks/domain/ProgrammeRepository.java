package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Programmes; used only inside the tasks module. */
public interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    boolean existsByCode(String code);
}
