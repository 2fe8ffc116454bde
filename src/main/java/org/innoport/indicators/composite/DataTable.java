package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeNodeKind;
import org.innoport.indicators.CompositeUnit;
import org.innoport.indicators.InvalidCompositeInputException;
import org.innoport.indicators.InvalidCompositeInputException.Problem;

/**
 * Raw data (or published scores) as one wide table, the same in CSV and XLSX: a {@code unit} column, then one column
 * per indicator (or node) code; an empty cell is a missing value.
 */
public final class DataTable {

    private DataTable() {
    }

    /** An empty data sheet for a framework: one row per unit, one column per indicator. */
    public static List<List<String>> template(List<CompositeNode> nodes, List<CompositeUnit> units) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("unit");
        nodes.stream().filter(n -> n.kind() == CompositeNodeKind.INDICATOR).forEach(n -> header.add(n.code()));
        rows.add(header);
        for (CompositeUnit unit : units) {
            List<String> row = new ArrayList<>();
            row.add(unit.code());
            for (int i = 1; i < header.size(); i++) {
                row.add("");
            }
            rows.add(row);
        }
        return rows;
    }

    public static List<List<String>> rows(Map<String, Map<String, Double>> values, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("unit");
        header.addAll(columns);
        rows.add(header);
        for (var unit : values.entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(unit.getKey());
            for (String column : columns) {
                Double value = unit.getValue() == null ? null : unit.getValue().get(column);
                row.add(value == null ? "" : String.valueOf(value));
            }
            rows.add(row);
        }
        return rows;
    }

    /** @throws InvalidCompositeInputException naming the row and column of every cell that is not a number */
    public static Map<String, Map<String, Double>> read(List<List<String>> rows) {
        if (rows.isEmpty() || !"unit".equalsIgnoreCase(FrameworkTable.cell(rows.getFirst(), 0))) {
            throw new InvalidCompositeInputException(List.of(new Problem("file",
                    "indicators.composite.file.data-header")));
        }
        List<String> header = rows.getFirst();
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String unit = FrameworkTable.cell(row, 0);
            if (unit.isEmpty()) {
                continue;
            }
            Map<String, Double> unitValues = new LinkedHashMap<>();
            for (int c = 1; c < header.size(); c++) {
                String text = FrameworkTable.cell(row, c);
                if (text.isEmpty() || header.get(c).isBlank()) {
                    continue;
                }
                Double value = Tables.number(text);
                if (value == null) {
                    problems.add(new Problem("file", "indicators.composite.file.cell", r + 1, header.get(c), text));
                } else {
                    unitValues.put(header.get(c).strip(), value);
                }
            }
            if (values.put(unit, unitValues) != null) {
                problems.add(new Problem("file", "indicators.composite.file.unit-twice", r + 1, unit));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompositeInputException(problems);
        }
        return values;
    }
}
