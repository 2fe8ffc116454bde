package org.innoport.exchange.events;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventOutcomeRepository extends JpaRepository<EventOutcome, UUID> {
}
