package org.innoport.platform;

import java.time.Instant;
import java.util.UUID;

/** A message to one user as stored in the outbox, for the user's own list and the administrators' outbox page. */
public record Notification(UUID id, String recipient, String email, String subject, String body,
                           NotificationStatus status, int attempts, String lastError, Instant createdAt,
                           Instant sentAt) {
}
