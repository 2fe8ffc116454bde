package org.innoport.indicators.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeNodeKind;
import org.innoport.indicators.CompositeResult;
import org.innoport.indicators.CompositeRunRequest;
import org.junit.jupiter.api.Test;

/**
 * The acceptance case: a PII-shaped framework (7 pillars, 21 sub-pillars, 52 indicators, 63 provinces, missing values,
 * half weights, lower-is-better indicators, indicators that need winsorising and others a log transform) whose
 * published scores were computed by an independent implementation of the method
 * ({@code src/test/resources/indicators/composite/pii_fixture.py}) and rounded to 2 decimals as published.
 */
class PiiFixtureTests {

    private static final String DIR = "/indicators/composite/";

    @Test
    void reproducesEveryPublishedSubPillarPillarSubIndexAndOverallScoreWithinATenthForEveryProvince() throws IOException {
        CompositeFrameworkDefinition definition = FrameworkTable.read(csv("framework.csv"));
        Map<String, Map<String, Double>> published = DataTable.read(csv("expected-scores.csv"));
        CompositeResult result = CompositeEngine.compute(Framework.of(definition),
                new CompositeRunRequest("PII fixture", DataTable.read(csv("data.csv")), published, null));

        assertThat(definition.nodes()).filteredOn(n -> n.kind() == CompositeNodeKind.PILLAR).hasSize(7);
        assertThat(definition.nodes()).filteredOn(n -> n.kind() == CompositeNodeKind.INDICATOR).hasSize(52);
        assertThat(result.units()).hasSize(63);
        int compared = 0;
        for (CompositeResult.UnitScores unit : result.units()) {
            for (var expected : published.get(unit.unit()).entrySet()) {
                Double computed = CompositeEngine.EFFICIENCY.equals(expected.getKey()) ? unit.efficiency()
                        : unit.nodes().get(expected.getKey()).score();
                assertThat(computed).as("%s %s", unit.unit(), expected.getKey()).isNotNull();
                assertThat(computed).as("%s %s", unit.unit(), expected.getKey())
                        .isCloseTo(expected.getValue(), within(0.1));
                // rounding to the published 2 decimals gives the published figure
                assertThat(Math.abs(computed - expected.getValue())).isLessThanOrEqualTo(0.005 + 1e-9);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(63 * 30);
        assertThat(result.validation().compared()).isEqualTo(compared);
        assertThat(Math.abs(result.validation().largest().difference())).isLessThanOrEqualTo(0.005 + 1e-9);
    }

    @Test
    void aProvinceMissingAWholeSubPillarGetsNoScoreForItWhereThePublishedTableHasNone() throws IOException {
        Map<String, Map<String, Double>> published = DataTable.read(csv("expected-scores.csv"));
        CompositeResult result = CompositeEngine.compute(Framework.of(FrameworkTable.read(csv("framework.csv"))),
                new CompositeRunRequest(null, DataTable.read(csv("data.csv")), null, null));
        CompositeResult.UnitScores vn63 = result.units().stream().filter(u -> u.unit().equals("VN-63")).findFirst()
                .orElseThrow();
        assertThat(published.get("VN-63")).doesNotContainKey("P2.1");
        assertThat(vn63.nodes().get("P2.1").score()).isNull();
        assertThat(vn63.nodes().get("P2.1").rank()).isNull();
        assertThat(vn63.nodes().get("P2").score()).isNotNull();
    }

    @Test
    void theFixtureExercisesEveryOutlierTreatment() throws IOException {
        CompositeResult result = CompositeEngine.compute(Framework.of(FrameworkTable.read(csv("framework.csv"))),
                new CompositeRunRequest(null, DataTable.read(csv("data.csv")), null, null));
        assertThat(result.treatments()).extracting(CompositeResult.Treatment::method)
                .contains("NONE", "WINSORISED", "LOG");
    }

    @Test
    void ranksFollowTheOverallScoreWithTiesShared() throws IOException {
        CompositeResult result = CompositeEngine.compute(Framework.of(FrameworkTable.read(csv("framework.csv"))),
                new CompositeRunRequest(null, DataTable.read(csv("data.csv")), null, null));
        List<CompositeResult.NodeScore> overall = result.units().stream().map(u -> u.nodes().get("PII"))
                .sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
        assertThat(overall.getFirst().rank()).isEqualTo(1);
        for (int i = 1; i < overall.size(); i++) {
            assertThat(overall.get(i).score()).isLessThanOrEqualTo(overall.get(i - 1).score() + 0.005);
        }
    }

    static List<List<String>> csv(String name) throws IOException {
        try (InputStream in = PiiFixtureTests.class.getResourceAsStream(DIR + name)) {
            return Tables.readCsv(in);
        }
    }
}
