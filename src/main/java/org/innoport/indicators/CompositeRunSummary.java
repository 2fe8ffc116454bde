package org.innoport.indicators;

import java.time.Instant;
import java.util.UUID;

/** A run in a list: when, how many units, and the largest difference from published scores (null if none given). */
public record CompositeRunSummary(UUID id, UUID frameworkId, String label, int unitCount, Double largestDifference,
                                  String createdBy, Instant createdAt) {
}
