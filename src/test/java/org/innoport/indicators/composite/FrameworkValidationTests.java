package org.innoport.indicators.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeNodeKind;
import org.innoport.indicators.CompositeRunRequest;
import org.innoport.indicators.CompositeUnit;
import org.innoport.indicators.Direction;
import org.innoport.indicators.InvalidCompositeInputException;
import org.innoport.indicators.InvalidCompositeInputException.Problem;
import org.innoport.indicators.SubIndexRole;
import org.junit.jupiter.api.Test;

/** A wrong tree is rejected with every problem named; a right one round-trips through CSV and XLSX. */
class FrameworkValidationTests {

    static List<CompositeNode> smallTree() {
        return new ArrayList<>(List.of(
                node("X", null, CompositeNodeKind.INDEX, null, null),
                node("IN", "X", CompositeNodeKind.SUB_INDEX, null, SubIndexRole.INPUT),
                node("OUT", "X", CompositeNodeKind.SUB_INDEX, null, SubIndexRole.OUTPUT),
                node("P1", "IN", CompositeNodeKind.PILLAR, null, null),
                node("P2", "OUT", CompositeNodeKind.PILLAR, null, null),
                node("i1", "P1", CompositeNodeKind.INDICATOR, 1.0, null),
                node("i2", "P1", CompositeNodeKind.INDICATOR, 0.5, null),
                new CompositeNode("i3", "P2", CompositeNodeKind.INDICATOR, "i3", null, null, Direction.LOWER, null)));
    }

    static CompositeNode node(String code, String parent, CompositeNodeKind kind, Double weight, SubIndexRole role) {
        return new CompositeNode(code, parent, kind, "Tên " + code, "Name " + code, weight, null, role);
    }

    private static List<Problem> problems(List<CompositeNode> nodes) {
        try {
            Framework.of(new CompositeFrameworkDefinition("X", "x", nodes, List.of()));
        } catch (InvalidCompositeInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void acceptsAWellFormedTree() {
        Framework framework = Framework.of(new CompositeFrameworkDefinition("X", "x", smallTree(), List.of()));
        assertThat(framework.nodes().get(framework.root()).code()).isEqualTo("X");
        assertThat(framework.bottomUp()).hasSize(8).endsWith(framework.root());
    }

    @Test
    void rejectsAZeroOrNegativeWeight() {
        List<CompositeNode> nodes = smallTree();
        nodes.set(5, node("i1", "P1", CompositeNodeKind.INDICATOR, 0.0, null));
        nodes.set(6, node("i2", "P1", CompositeNodeKind.INDICATOR, -1.0, null));
        assertThat(problems(nodes)).extracting(Problem::field, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nodes[5].weight", "indicators.composite.node.weight-positive"),
                org.assertj.core.groups.Tuple.tuple("nodes[6].weight", "indicators.composite.node.weight-positive"));
    }

    @Test
    void rejectsAnIndicatorInTwoPlaces() {
        List<CompositeNode> nodes = smallTree();
        nodes.add(node("i1", "P2", CompositeNodeKind.INDICATOR, null, null));
        List<Problem> problems = problems(nodes);
        assertThat(problems).extracting(Problem::field).containsExactly("nodes[8].code");
        assertThat(problems.getFirst().messageKey()).isEqualTo("indicators.composite.node.duplicate");
        assertThat(problems.getFirst().args()).containsExactly("i1", "P1", "P2");
    }

    @Test
    void rejectsACycle() {
        List<CompositeNode> nodes = smallTree();
        nodes.add(node("A", "B", CompositeNodeKind.PILLAR, null, null));
        nodes.add(node("B", "A", CompositeNodeKind.PILLAR, null, null));
        List<Problem> problems = problems(nodes);
        assertThat(problems).extracting(Problem::messageKey).contains("indicators.composite.node.cycle");
        assertThat(problems.stream().filter(p -> p.messageKey().endsWith("cycle")).findFirst().orElseThrow().args()[0])
                .isEqualTo("A → B → A");
    }

    @Test
    void rejectsAnUnknownParentAChildAboveItsParentAndAnEmptyPillar() {
        List<CompositeNode> nodes = smallTree();
        nodes.add(node("i9", "P9", CompositeNodeKind.INDICATOR, null, null));
        nodes.add(node("S", "P1", CompositeNodeKind.SUB_INDEX, null, SubIndexRole.INPUT));
        assertThat(problems(nodes)).extracting(Problem::messageKey).containsExactly(
                "indicators.composite.node.parent-unknown", "indicators.composite.node.level");
        List<CompositeNode> empty = smallTree();
        empty.add(node("P3", "IN", CompositeNodeKind.PILLAR, null, null));
        assertThat(problems(empty)).extracting(Problem::messageKey)
                .containsExactly("indicators.composite.node.no-children");
    }

    @Test
    void rejectsTwoRootsAndASubIndexWithoutRole() {
        List<CompositeNode> nodes = smallTree();
        nodes.set(2, node("OUT", "X", CompositeNodeKind.SUB_INDEX, null, null));
        nodes.add(node("Y", null, CompositeNodeKind.INDEX, null, null));
        assertThat(problems(nodes)).extracting(Problem::messageKey).contains(
                "indicators.composite.node.role-required", "indicators.composite.root-count");
    }

    @Test
    void rejectsDataForAnUnknownIndicatorOrUnit() {
        Framework framework = Framework.of(new CompositeFrameworkDefinition("X", "x", smallTree(),
                List.of(new CompositeUnit("A", "a"), new CompositeUnit("B", "b"))));
        assertThatThrownBy(() -> CompositeEngine.compute(framework, new CompositeRunRequest(null,
                Map.of("A", Map.of("i1", 1.0, "P1", 2.0), "C", Map.of("i1", 3.0)), null, null)))
                .isInstanceOfSatisfying(InvalidCompositeInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactlyInAnyOrder(
                                "indicators.composite.data.indicator-unknown",
                                "indicators.composite.data.unit-unknown"));
    }

    @Test
    void theFrameworkRoundTripsThroughCsvAndXlsx() throws IOException {
        CompositeFrameworkDefinition definition = new CompositeFrameworkDefinition("X", "Tên X", smallTree(),
                List.of(new CompositeUnit("VN-31", "Hải Phòng")));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Tables.writeCsv(FrameworkTable.rows(definition), csv);
        assertThat(FrameworkTable.read(Tables.readCsv(new ByteArrayInputStream(csv.toByteArray()))))
                .isEqualTo(definition);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Tables.writeXlsx(Map.of("framework", FrameworkTable.rows(definition)), xlsx);
        assertThat(FrameworkTable.read(Tables.readXlsx(new ByteArrayInputStream(xlsx.toByteArray()))
                .get("framework"))).isEqualTo(definition);
    }

    @Test
    void rawDataRoundTripThroughXlsxKeepsFullPrecisionAndMissingCells() throws IOException {
        Map<String, Map<String, Double>> data = new java.util.LinkedHashMap<>();
        data.put("A", Map.of("i1", 0.1234567891, "i3", 12.0));
        data.put("B", Map.of("i2", 3.5));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Tables.writeXlsx(Map.of("data", DataTable.rows(data, List.of("i1", "i2", "i3"))), xlsx);
        Map<String, Map<String, Double>> read = DataTable.read(Tables.readXlsx(
                new ByteArrayInputStream(xlsx.toByteArray())).get("data"));
        assertThat(read).isEqualTo(data);
    }

    @Test
    void aCellThatIsNotANumberIsReportedWithItsRowAndColumn() {
        assertThatThrownBy(() -> DataTable.read(List.of(List.of("unit", "i1"), List.of("A", "1,5"),
                List.of("B", "n/a"))))
                .isInstanceOfSatisfying(InvalidCompositeInputException.class, e -> assertThat(e.problems().getFirst()
                        .args()).containsExactly(3, "i1", "n/a"));
        assertThat(DataTable.read(List.of(List.of("unit", "i1"), List.of("A", "1,5"))).get("A").get("i1"))
                .isEqualTo(1.5);
    }
}
