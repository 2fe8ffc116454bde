package org.innoport.indicators;

import java.util.List;

/**
 * A composite index framework as data: the tree (index → sub-indices → pillars → sub-pillars → indicators) with its
 * weights and directions, and optionally the units it ranks (when empty, every unit of a run's data is ranked).
 */
public record CompositeFrameworkDefinition(String code, String name, List<CompositeNode> nodes,
                                           List<CompositeUnit> units) {

    public CompositeFrameworkDefinition {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        units = units == null ? List.of() : List.copyOf(units);
    }
}
