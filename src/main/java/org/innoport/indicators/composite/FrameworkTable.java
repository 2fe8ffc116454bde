package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeNodeKind;
import org.innoport.indicators.CompositeUnit;
import org.innoport.indicators.Direction;
import org.innoport.indicators.InvalidCompositeInputException;
import org.innoport.indicators.InvalidCompositeInputException.Problem;
import org.innoport.indicators.SubIndexRole;

/**
 * A framework as one table, the same in CSV and XLSX: {@code code, parent, kind, name_vi, name_en, weight, direction,
 * role}, one row per node, then one row per ranked unit with kind {@code UNIT} (its name in {@code name_vi}). The
 * index row (no parent) gives the framework its code and name.
 */
public final class FrameworkTable {

    public static final List<String> HEADER = List.of("code", "parent", "kind", "name_vi", "name_en", "weight",
            "direction", "role");
    public static final String UNIT = "UNIT";

    private FrameworkTable() {
    }

    public static List<List<String>> rows(CompositeFrameworkDefinition definition) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (CompositeNode n : definition.nodes()) {
            rows.add(List.of(n.code(), text(n.parent()), n.kind().name(), text(n.nameVi()), text(n.nameEn()),
                    n.weight() == null ? "" : plain(n.weight()), n.direction() == null ? "" : n.direction().name(),
                    n.role() == null ? "" : n.role().name()));
        }
        for (CompositeUnit u : definition.units()) {
            rows.add(List.of(u.code(), "", UNIT, text(u.name()), "", "", "", ""));
        }
        return rows;
    }

    /** @throws InvalidCompositeInputException naming the row and column of every unreadable cell */
    public static CompositeFrameworkDefinition read(List<List<String>> rows) {
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty() || !HEADER.equals(rows.getFirst().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()
                .subList(0, Math.min(HEADER.size(), rows.getFirst().size())))) {
            throw new InvalidCompositeInputException(List.of(new Problem("file", "indicators.composite.file.header",
                    String.join(", ", HEADER))));
        }
        List<CompositeNode> nodes = new ArrayList<>();
        List<CompositeUnit> units = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            String kindText = cell(row, 2).toUpperCase(Locale.ROOT).replace('-', '_');
            if (UNIT.equals(kindText)) {
                units.add(new CompositeUnit(cell(row, 0), blankToNull(cell(row, 3))));
                continue;
            }
            CompositeNodeKind kind = parse(CompositeNodeKind.class, kindText, line, "kind", problems);
            Double weight = null;
            if (!cell(row, 5).isEmpty()) {
                weight = Tables.number(cell(row, 5));
                if (weight == null) {
                    problems.add(new Problem("file", "indicators.composite.file.cell", line, "weight", cell(row, 5)));
                }
            }
            Direction direction = parse(Direction.class, cell(row, 6).toUpperCase(Locale.ROOT), line, "direction",
                    problems);
            SubIndexRole role = parse(SubIndexRole.class, cell(row, 7).toUpperCase(Locale.ROOT), line, "role",
                    problems);
            nodes.add(new CompositeNode(cell(row, 0), blankToNull(cell(row, 1)), kind, blankToNull(cell(row, 3)),
                    blankToNull(cell(row, 4)), weight, direction, role));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompositeInputException(problems);
        }
        CompositeNode root = nodes.stream().filter(n -> n.parent() == null).findFirst().orElse(null);
        return new CompositeFrameworkDefinition(root == null ? null : root.code(), root == null ? null : root.name(),
                nodes, units);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, int line, String column,
                                               List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("file", "indicators.composite.file.cell", line, column, text));
            return null;
        }
    }

    static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
