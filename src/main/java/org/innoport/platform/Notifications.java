package org.innoport.platform;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.innoport.platform.notifications.OutboxMessage;
import org.innoport.platform.notifications.OutboxRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a user something (a deadline, a decision, a new match). The message is written to the outbox in the
 * caller's transaction, so it exists only if the business change that caused it commits; the user reads it at
 * {@code /notifications} at once, and it is e-mailed when SMTP is configured and the user has an address.
 */
@Service
public class Notifications {

    static final int SUBJECT_LENGTH = 300;

    private final OutboxRepository outbox;
    private final Clock clock;

    Notifications(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param recipient the username
     * @param email where to e-mail it, or null for in-app only
     * @param subject one line, already in the recipient's language
     * @param body plain text, already in the recipient's language
     * @return the notification's id
     */
    @Transactional
    public UUID send(String recipient, String email, String subject, String body) {
        Objects.requireNonNull(recipient, "recipient");
        String line = subject.strip().replaceAll("[\\r\\n]+", " ");
        line = line.length() <= SUBJECT_LENGTH ? line : line.substring(0, SUBJECT_LENGTH - 1) + "…";
        String address = email == null || email.isBlank() ? null : email.strip();
        return outbox.save(new OutboxMessage(recipient, address, line, body, clock.instant())).id();
    }

    /** The user's own notifications, newest first. */
    @Transactional(readOnly = true)
    public Page<Notification> of(String recipient, Pageable page) {
        return outbox.findByRecipientIgnoreCaseOrderByCreatedAtDesc(recipient, page).map(OutboxMessage::toNotification);
    }

    /** Every notification, newest first, for the administrators' outbox page. */
    @Transactional(readOnly = true)
    public Page<Notification> all(Pageable page) {
        return outbox.findAllByOrderByCreatedAtDesc(page).map(OutboxMessage::toNotification);
    }
}
