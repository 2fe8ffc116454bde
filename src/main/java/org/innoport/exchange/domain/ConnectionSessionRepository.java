package org.innoport.exchange.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConnectionSessionRepository extends JpaRepository<ConnectionSession, UUID> {

    Page<ConnectionSession> findByHeldOnBetweenOrderByHeldOnDesc(LocalDate from, LocalDate to, Pageable pageable);
}
