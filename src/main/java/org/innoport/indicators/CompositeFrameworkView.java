package org.innoport.indicators;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored composite index framework. */
public record CompositeFrameworkView(UUID id, String code, String name, List<CompositeNode> nodes,
                                     List<CompositeUnit> units, long version, String createdBy, Instant createdAt) {
}
