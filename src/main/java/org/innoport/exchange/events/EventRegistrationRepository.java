package org.innoport.exchange.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innoport.exchange.EventRegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRegistrationRepository extends JpaRepository<EventRegistration, UUID> {

    long countByEventIdAndStatus(UUID eventId, EventRegistrationStatus status);

    Optional<EventRegistration> findFirstByEventIdAndStatusOrderByQueueNoAsc(UUID eventId,
                                                                                      EventRegistrationStatus status);

    boolean existsByEventIdAndUsernameAndStatusNot(UUID eventId, String username, EventRegistrationStatus status);

    List<EventRegistration> findByEventIdOrderByQueueNo(UUID eventId);
}
