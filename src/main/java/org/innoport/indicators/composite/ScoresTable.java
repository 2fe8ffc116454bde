package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.List;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeResult;
import org.innoport.indicators.CompositeResult.NodeScore;

/**
 * A run's scores as one wide table: {@code unit, name}, the score of every node (indicators: normalised 0–100) and
 * the efficiency ratio, then {@code rank:<node>} columns; full precision, empty when there is no score.
 */
public final class ScoresTable {

    private ScoresTable() {
    }

    public static List<List<String>> rows(List<CompositeNode> nodes, CompositeResult result) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("unit", "name"));
        nodes.forEach(n -> header.add(n.code()));
        header.add(CompositeEngine.EFFICIENCY);
        nodes.forEach(n -> header.add("rank:" + n.code()));
        header.add("rank:" + CompositeEngine.EFFICIENCY);
        rows.add(header);
        for (CompositeResult.UnitScores unit : result.units()) {
            List<String> row = new ArrayList<>(List.of(unit.unit(), unit.name() == null ? "" : unit.name()));
            for (CompositeNode n : nodes) {
                NodeScore s = unit.nodes().get(n.code());
                row.add(s.score() == null ? "" : String.valueOf(s.score()));
            }
            row.add(unit.efficiency() == null ? "" : String.valueOf(unit.efficiency()));
            for (CompositeNode n : nodes) {
                NodeScore s = unit.nodes().get(n.code());
                row.add(s.rank() == null ? "" : String.valueOf(s.rank()));
            }
            row.add(unit.efficiencyRank() == null ? "" : String.valueOf(unit.efficiencyRank()));
            rows.add(row);
        }
        return rows;
    }
}
