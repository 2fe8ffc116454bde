package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Programmes; used only inside the tasks module. */
public interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    boolean existsByCode(String code);

    /** Locks the programme's row until the transaction ends: approvals that spend its budget queue up here. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from Programme p where p.id = :id")
    java.util.Optional<Programme> lockById(UUID id);
}
