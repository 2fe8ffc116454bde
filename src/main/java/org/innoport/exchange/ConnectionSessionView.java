package org.innoport.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A connection session and, once recorded, its outcome. */
public record ConnectionSessionView(UUID id, UUID listingId, UUID interestId, LocalDate heldOn, List<String> parties,
                                    boolean international, SessionOutcome outcome, Long contractValueVnd,
                                    String organisedBy, long version) {
}
