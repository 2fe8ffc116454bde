package org.innoport.exchange;

import java.time.Instant;
import java.util.UUID;

/** The recorded outcome of an event ({@code version} is required to revise it). */
public record EventOutcomeView(UUID eventId, int connectionsMade, int mous, int contracts, long contractValueVnd,
                               String note, String recordedBy, Instant recordedAt, long version) {
}
