package org.innoport.exchange.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ExchangeEventRepository extends JpaRepository<ExchangeEvent, UUID> {

    /** Serialises registrations and cancellations of one event (capacity and waiting-list order). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ExchangeEvent e where e.id = :id")
    Optional<ExchangeEvent> lockById(UUID id);

    Page<ExchangeEvent> findByStartsAtGreaterThanEqualOrderByStartsAt(Instant from, Pageable pageable);

    Page<ExchangeEvent> findByKindAndStartsAtGreaterThanEqualOrderByStartsAt(org.innoport.exchange.EventKind kind,
                                                                             Instant from, Pageable pageable);
}
