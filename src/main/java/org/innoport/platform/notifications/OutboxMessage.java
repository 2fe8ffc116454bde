package org.innoport.platform.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.innoport.platform.Notification;
import org.innoport.platform.NotificationStatus;
import org.innoport.shared.IllegalTransitionException;

/** One notification in the outbox and the state of its e-mail delivery. */
@Entity
@Table(name = "outbox", schema = "platform")
public class OutboxMessage {

    private static final int ERROR_LENGTH = 500;

    @Id
    private UUID id;
    private String recipient;
    private String email;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant createdAt;
    private Instant sentAt;
    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String email, String subject, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.email = email;
        this.subject = subject;
        this.body = body;
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void markSent(Instant now) {
        requirePending();
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Counts a failed attempt: retried after {@code retryDelay} × 2^(attempts − 1), FAILED at {@code maxAttempts}. */
    public void recordFailure(String error, Instant now, int maxAttempts, Duration retryDelay) {
        requirePending();
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(retryDelay.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Notification toNotification() {
        return new Notification(id, recipient, email, subject, body, status, attempts, lastError, createdAt, sentAt);
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalTransitionException("notifications.illegal-transition", status);
        }
    }
}
