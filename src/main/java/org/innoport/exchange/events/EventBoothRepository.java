package org.innoport.exchange.events;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventBoothRepository extends JpaRepository<EventBooth, UUID> {

    List<EventBooth> findByEventIdOrderByCode(UUID eventId);

    boolean existsByEventIdAndCodeIgnoreCase(UUID eventId, String code);
}
