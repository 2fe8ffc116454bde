package org.innoport.indicators;

import java.time.Instant;
import java.util.UUID;

/** A stored run: the settings used and everything computed (scores and ranks of every node for every unit). */
public record CompositeRunView(UUID id, UUID frameworkId, String label, CompositeSettings settings,
                               CompositeResult result, String createdBy, Instant createdAt) {
}
