package org.innoport.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event with its places taken and its waiting list length. */
public record EventView(UUID id, EventKind kind, String title, Instant startsAt, Instant endsAt, String venue,
                        String onlineLink, List<String> organisers, int capacity, Instant registrationOpensAt,
                        Instant registrationClosesAt, long confirmed, long waitlisted, long version) {
}
