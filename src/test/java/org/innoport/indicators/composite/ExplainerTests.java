package org.innoport.indicators.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.CompositeExplanation;
import org.innoport.indicators.CompositeExplanation.Row;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeResult;
import org.innoport.indicators.CompositeRunRequest;
import org.innoport.indicators.CompositeSettings;
import org.junit.jupiter.api.Test;

/** A unit's explanation: the contributions of a node's children add up to its score. */
class ExplainerTests {

    @Test
    void theContributionsOfEveryNodesChildrenAddUpToItsScoreForEveryUnit() throws IOException {
        CompositeFrameworkDefinition definition = FrameworkTable.read(PiiFixtureTests.csv("framework.csv"));
        Framework framework = Framework.of(definition);
        CompositeResult result = CompositeEngine.compute(framework,
                new CompositeRunRequest(null, DataTable.read(PiiFixtureTests.csv("data.csv")), null, null));
        for (var unit : List.of("VN-01", "VN-31", "VN-62", "VN-63")) {
            CompositeExplanation explanation = Explainer.explain(null, null, framework, CompositeSettings.DEFAULTS,
                    result, unit, Map.of(), null, null, null);
            assertThat(explanation.rows()).hasSize(definition.nodes().size());
            assertThat(explanation.root().code()).isEqualTo("PII");
            for (Row row : explanation.rows()) {
                int node = framework.indexOf(row.code());
                if (framework.children(node).length == 0 || row.score() == null) {
                    continue;
                }
                double sum = 0;
                double shares = 0;
                for (int child : framework.children(node)) {
                    Row childRow = explanation.rows().stream()
                            .filter(r -> r.code().equals(framework.node(child).code())).findFirst().orElseThrow();
                    if (childRow.contribution() != null) {
                        sum += childRow.contribution();
                        shares += childRow.share();
                    }
                }
                assertThat(sum).as("%s %s", unit, row.code()).isCloseTo(row.score(), within(1e-9));
                assertThat(shares).as("%s %s", unit, row.code()).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void aWhatIfExplanationCarriesTheFiguresBeforeTheChange() throws IOException {
        Framework framework = Framework.of(FrameworkTable.read(PiiFixtureTests.csv("framework.csv")));
        Map<String, Map<String, Double>> data = DataTable.read(PiiFixtureTests.csv("data.csv"));
        CompositeResult before = CompositeEngine.compute(framework, new CompositeRunRequest(null, data, null, null));
        Map<String, Map<String, Double>> changed = new java.util.LinkedHashMap<>(data);
        Map<String, Double> unit = new java.util.HashMap<>(data.get("VN-05"));
        unit.put("P1.1.1", 1000.0);
        changed.put("VN-05", unit);
        CompositeResult after = CompositeEngine.compute(framework, new CompositeRunRequest(null, changed, null, null));

        CompositeExplanation explanation = Explainer.explain(null, null, framework, CompositeSettings.DEFAULTS,
                after, "VN-05", null, before, "P1.1.1", 1000.0);
        Row indicator = explanation.rows().stream().filter(r -> r.code().equals("P1.1.1")).findFirst().orElseThrow();
        assertThat(indicator.raw()).isEqualTo(1000.0);
        assertThat(indicator.score()).isEqualTo(100.0);
        assertThat(indicator.scoreBefore()).isLessThan(100.0);
        assertThat(explanation.root().score()).isGreaterThan(explanation.root().scoreBefore());
    }
}
