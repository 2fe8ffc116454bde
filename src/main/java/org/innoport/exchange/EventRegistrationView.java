package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/** One registration for an event. */
public record EventRegistrationView(UUID id, UUID eventId, UUID organisationId, String username,
                                    EventRegistrationStatus status, Instant registeredAt, Instant promotedAt,
                                    Instant checkedInAt, long version) {
}
