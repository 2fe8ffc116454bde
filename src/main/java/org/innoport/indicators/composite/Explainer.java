package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.indicators.CompositeExplanation;
import org.innoport.indicators.CompositeExplanation.Row;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeResult;
import org.innoport.indicators.CompositeResult.NodeScore;
import org.innoport.indicators.CompositeResult.UnitScores;
import org.innoport.indicators.CompositeSettings;

/** Builds a unit's explanation from a computed result (and, after a "what if", the stored one before it). */
public final class Explainer {

    private Explainer() {
    }

    /** @return null when the result has no such unit */
    public static CompositeExplanation explain(UUID frameworkId, UUID runId, Framework framework,
                                               CompositeSettings settings, CompositeResult result, String unit,
                                               Map<String, Double> published, CompositeResult before,
                                               String changedIndicator, Double changedValue) {
        UnitScores scores = find(result, unit);
        if (scores == null) {
            return null;
        }
        UnitScores previous = before == null ? null : find(before, unit);
        double[] share = new double[framework.size()];
        double[] contribution = new double[framework.size()];
        java.util.Arrays.fill(share, Double.NaN);
        java.util.Arrays.fill(contribution, Double.NaN);
        for (int node = 0; node < framework.size(); node++) {
            int[] children = framework.children(node);
            if (children.length == 0) {
                continue;
            }
            double[] values = new double[children.length];
            for (int c = 0; c < children.length; c++) {
                Double s = scores.nodes().get(framework.node(children[c]).code()).score();
                values[c] = s == null ? Double.NaN : s;
            }
            double[] weights = CompositeEngine.weights(framework, node);
            double[] parts = WeightedMean.contributions(values, weights,
                    CompositeEngine.maxMissingShare(framework, node, settings));
            double available = 0;
            for (int c = 0; c < children.length; c++) {
                if (!Double.isNaN(values[c])) {
                    available += weights[c];
                }
            }
            for (int c = 0; c < children.length; c++) {
                share[children[c]] = Double.isNaN(values[c]) ? Double.NaN : weights[c] / available;
                contribution[children[c]] = parts[c];
            }
        }
        List<Row> rows = new ArrayList<>();
        preOrder(framework, framework.root(), 0, scores, previous, share, contribution, published, rows);
        return new CompositeExplanation(frameworkId, runId, scores.unit(), scores.name(), rows, scores.efficiency(),
                scores.efficiencyRank(), previous == null ? null : previous.efficiency(), changedIndicator,
                changedValue);
    }

    private static void preOrder(Framework framework, int node, int depth, UnitScores scores, UnitScores previous,
                                 double[] share, double[] contribution, Map<String, Double> published,
                                 List<Row> rows) {
        CompositeNode definition = framework.node(node);
        NodeScore s = scores.nodes().get(definition.code());
        NodeScore p = previous == null ? null : previous.nodes().get(definition.code());
        rows.add(new Row(definition.code(), definition.name(), definition.nameEn(), definition.kind(), depth,
                s.score(), s.rank(), finite(share[node]), finite(contribution[node]), s.raw(), s.treated(),
                published == null ? null : published.get(definition.code()), p == null ? null : p.score(),
                p == null ? null : p.rank()));
        for (int child : framework.children(node)) {
            preOrder(framework, child, depth + 1, scores, previous, share, contribution, published, rows);
        }
    }

    private static UnitScores find(CompositeResult result, String unit) {
        return result.units().stream().filter(u -> u.unit().equals(unit)).findFirst().orElse(null);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
