package org.innoport.platform.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The outbox; used by {@link org.innoport.platform.Notifications} and the sender only. */
public interface OutboxRepository extends JpaRepository<OutboxMessage, UUID> {

    Page<OutboxMessage> findByRecipientIgnoreCaseOrderByCreatedAtDesc(String recipient, Pageable page);

    Page<OutboxMessage> findAllByOrderByCreatedAtDesc(Pageable page);

    /** The oldest message due for e-mail, locked; rows another sender holds are skipped, not waited for. */
    @Query(value = """
            select * from platform.outbox
             where status = 'PENDING' and email is not null and next_attempt_at <= :now
             order by created_at
             limit 1
             for update skip locked""", nativeQuery = true)
    Optional<OutboxMessage> lockNextDue(Instant now);
}
