package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeResult;
import org.innoport.indicators.CompositeResult.Comparison;
import org.innoport.indicators.CompositeResult.NodeScore;
import org.innoport.indicators.CompositeResult.Treatment;
import org.innoport.indicators.CompositeResult.UnitScores;
import org.innoport.indicators.CompositeResult.Validation;
import org.innoport.indicators.CompositeRunRequest;
import org.innoport.indicators.CompositeSettings;
import org.innoport.indicators.CompositeUnit;
import org.innoport.indicators.Direction;
import org.innoport.indicators.InvalidCompositeInputException;
import org.innoport.indicators.InvalidCompositeInputException.Problem;
import org.innoport.indicators.SubIndexRole;

/**
 * The composite index method (PII / GII), step by step over plain arrays: outlier treatment, min–max normalisation,
 * weighted means with renormalised weights up the tree, overall = mean of the input and output sub-indices,
 * efficiency = output / input, competition ranks; then published scores compared node by node. No Spring, no I/O.
 */
public final class CompositeEngine {

    /** The pseudo-node under which published and computed efficiency ratios are compared. */
    public static final String EFFICIENCY = "efficiency";

    private CompositeEngine() {
    }

    /** @throws InvalidCompositeInputException when the data name an unknown unit, indicator or node */
    public static CompositeResult compute(Framework framework, CompositeRunRequest request) {
        CompositeSettings settings = request.settings().resolved();
        List<CompositeUnit> units = units(framework, request);
        Matrix matrix = matrix(framework, units, request);
        int u = units.size();
        int n = framework.size();
        double[][] score = new double[n][];
        double[][] treated = new double[n][];
        List<Treatment> treatments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        OutlierTreatment outliers = new OutlierTreatment(settings.skewnessThreshold(), settings.kurtosisThreshold(),
                settings.maxWinsorised());
        for (int node : framework.bottomUp()) {
            CompositeNode definition = framework.node(node);
            if (framework.isIndicator(node)) {
                OutlierTreatment.Treated t = outliers.apply(matrix.raw[node]);
                treated[node] = t.values();
                boolean higher = definition.directionOrDefault() == Direction.HIGHER ^ t.directionReversed();
                score[node] = MinMax.normalise(t.values(), higher);
                treatments.add(new Treatment(definition.code(), t.count(), finite(t.skewness()), finite(t.kurtosis()),
                        t.method().name(), t.replaced(), finite(t.skewnessAfter()), finite(t.kurtosisAfter())));
                if (t.count() == 0) {
                    warnings.add("indicator " + definition.code() + ": no values");
                } else if (Arrays.stream(score[node]).allMatch(Double::isNaN)) {
                    warnings.add("indicator " + definition.code() + ": every value is the same, no scores");
                }
            } else {
                score[node] = aggregate(framework, node, score, settings.maxMissingShare(), u);
            }
        }
        int input = framework.subIndex(SubIndexRole.INPUT);
        int output = framework.subIndex(SubIndexRole.OUTPUT);
        double[] efficiency = new double[u];
        Arrays.fill(efficiency, Double.NaN);
        if (input >= 0 && output >= 0) {
            for (int i = 0; i < u; i++) {
                efficiency[i] = WeightedMean.efficiency(score[input][i], score[output][i]);
            }
        }
        int[][] ranks = new int[n][];
        for (int node = 0; node < n; node++) {
            ranks[node] = Ranking.competition(score[node], settings.rankDecimals());
        }
        int[] efficiencyRanks = Ranking.competition(efficiency, settings.rankDecimals());
        List<UnitScores> results = new ArrayList<>(u);
        for (int i = 0; i < u; i++) {
            Map<String, NodeScore> nodes = new LinkedHashMap<>();
            for (int node = 0; node < n; node++) {
                boolean indicator = framework.isIndicator(node);
                nodes.put(framework.node(node).code(), new NodeScore(finite(score[node][i]),
                        ranks[node][i] == 0 ? null : ranks[node][i],
                        indicator ? finite(matrix.raw[node][i]) : null, indicator ? finite(treated[node][i]) : null));
            }
            results.add(new UnitScores(units.get(i).code(), units.get(i).name(), nodes, finite(efficiency[i]),
                    efficiencyRanks[i] == 0 ? null : efficiencyRanks[i]));
        }
        return new CompositeResult(treatments, results, validate(framework, request, results), warnings);
    }

    /** A node's score for every unit from its children's (the root of an input/output index: their plain mean). */
    private static double[] aggregate(Framework framework, int node, double[][] score, double maxMissingShare, int u) {
        int[] children = framework.children(node);
        double[] weights = weights(framework, node);
        boolean inputOutput = node == framework.root() && framework.subIndex(SubIndexRole.INPUT) >= 0;
        double[] out = new double[u];
        double[] values = new double[children.length];
        for (int i = 0; i < u; i++) {
            for (int c = 0; c < children.length; c++) {
                values[c] = score[children[c]][i];
            }
            out[i] = WeightedMean.of(values, weights, inputOutput ? 0.0 : maxMissingShare);
        }
        return out;
    }

    /** The weights of a node's children; for the root of an input/output index, equal (overall = their mean). */
    public static double[] weights(Framework framework, int node) {
        int[] children = framework.children(node);
        boolean inputOutput = node == framework.root() && framework.subIndex(SubIndexRole.INPUT) >= 0;
        double[] weights = new double[children.length];
        for (int c = 0; c < children.length; c++) {
            weights[c] = inputOutput ? 1.0 : framework.node(children[c]).weightOrDefault();
        }
        return weights;
    }

    /** The share of missing children above which a node gets no score (0 for the root of an input/output index). */
    public static double maxMissingShare(Framework framework, int node, CompositeSettings settings) {
        boolean inputOutput = node == framework.root() && framework.subIndex(SubIndexRole.INPUT) >= 0;
        return inputOutput ? 0.0 : settings.resolved().maxMissingShare();
    }

    private static List<CompositeUnit> units(Framework framework, CompositeRunRequest request) {
        List<CompositeUnit> declared = framework.definition().units();
        if (!declared.isEmpty()) {
            return declared;
        }
        List<CompositeUnit> units = new ArrayList<>();
        request.values().keySet().forEach(code -> units.add(new CompositeUnit(code, code)));
        return units;
    }

    private record Matrix(double[][] raw) {
    }

    private static Matrix matrix(Framework framework, List<CompositeUnit> units, CompositeRunRequest request) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(units.get(i).code(), i);
        }
        double[][] raw = new double[framework.size()][];
        for (int node = 0; node < framework.size(); node++) {
            if (framework.isIndicator(node)) {
                raw[node] = new double[units.size()];
                Arrays.fill(raw[node], Double.NaN);
            }
        }
        for (var unit : request.values().entrySet()) {
            Integer i = unitIndex.get(unit.getKey());
            if (i == null) {
                problems.add(new Problem("values." + unit.getKey(), "indicators.composite.data.unit-unknown",
                        unit.getKey()));
                continue;
            }
            if (unit.getValue() == null) {
                continue;
            }
            for (var value : unit.getValue().entrySet()) {
                int node = framework.indexOf(value.getKey());
                String field = "values." + unit.getKey() + "." + value.getKey();
                if (node < 0 || !framework.isIndicator(node)) {
                    problems.add(new Problem(field, "indicators.composite.data.indicator-unknown", value.getKey(),
                            unit.getKey()));
                } else if (value.getValue() != null) {
                    if (!Double.isFinite(value.getValue())) {
                        problems.add(new Problem(field, "indicators.composite.data.not-a-number", value.getKey(),
                                unit.getKey()));
                    } else {
                        raw[node][i] = value.getValue();
                    }
                }
            }
        }
        for (var unit : request.published().entrySet()) {
            if (!unitIndex.containsKey(unit.getKey())) {
                problems.add(new Problem("published." + unit.getKey(), "indicators.composite.data.unit-unknown",
                        unit.getKey()));
            } else if (unit.getValue() != null) {
                for (String node : unit.getValue().keySet()) {
                    if (!EFFICIENCY.equals(node) && framework.indexOf(node) < 0) {
                        problems.add(new Problem("published." + unit.getKey() + "." + node,
                                "indicators.composite.data.node-unknown", node, unit.getKey()));
                    }
                }
            }
        }
        if (units.isEmpty()) {
            problems.add(new Problem("values", "indicators.composite.data.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompositeInputException(problems);
        }
        return new Matrix(raw);
    }

    private static Validation validate(Framework framework, CompositeRunRequest request, List<UnitScores> results) {
        if (request.published().isEmpty()) {
            return null;
        }
        List<Comparison> comparisons = new ArrayList<>();
        Comparison largest = null;
        int missing = 0;
        for (UnitScores unit : results) {
            Map<String, Double> published = request.published().get(unit.unit());
            if (published == null) {
                continue;
            }
            for (var entry : published.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                Double computed = EFFICIENCY.equals(entry.getKey()) ? unit.efficiency()
                        : unit.nodes().get(entry.getKey()).score();
                Double difference = computed == null ? null : computed - entry.getValue();
                Comparison comparison = new Comparison(unit.unit(), entry.getKey(), entry.getValue(), computed,
                        difference);
                comparisons.add(comparison);
                if (difference == null) {
                    missing++;
                } else if (largest == null || Math.abs(difference) > Math.abs(largest.difference())) {
                    largest = comparison;
                }
            }
        }
        return new Validation(comparisons, largest, comparisons.size(), missing);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
