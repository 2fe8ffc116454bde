package org.innoport.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a run computed: how each indicator was treated for outliers, every node's score and rank for every unit (an
 * indicator's score is its normalised 0–100 value), the efficiency ratio, and, when published scores were given, the
 * comparison. A null score means no score (too many missing children).
 */
public record CompositeResult(List<Treatment> treatments, List<UnitScores> units, Validation validation,
                              List<String> warnings) {

    /** Outlier treatment of one indicator: NONE, WINSORISED ({@code replaced} values) or LOG. */
    public record Treatment(String indicator, int count, Double skewness, Double kurtosis, String method, int replaced,
                            Double skewnessAfter, Double kurtosisAfter) {
    }

    /** One unit: {@code nodes} node code → score, in the framework's order. */
    public record UnitScores(String unit, String name, Map<String, NodeScore> nodes, Double efficiency,
                             Integer efficiencyRank) {
    }

    /** {@code raw} and {@code treated} are set for indicators only; absent (null) fields are left out of JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeScore(Double score, Integer rank, Double raw, Double treated) {
    }

    /** Published against computed, node by node, and the largest absolute difference. */
    public record Validation(List<Comparison> comparisons, Comparison largest, int compared, int missingComputed) {
    }

    public record Comparison(String unit, String node, Double published, Double computed, Double difference) {
    }
}
