package org.innoport.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored values of some indicators, read in one query and indexed by indicator, area and period. Where both a
 * reported and an estimated value exist for a cell, formulas read the reported one.
 */
final class ValueTable {

    private static final String COLUMNS = """
            select v.id, i.code, v.area, v.period_kind, v.period_start, v.period_end, v.value, v.qualifier, v.status,
                   v.source_document, v.source_publication, v.source_page, v.quote, v.version
            from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id
            """;

    private final Map<String, List<ValueView>> byIndicator = new HashMap<>();
    private final Map<String, ValueView> byCell = new HashMap<>();

    static ValueTable load(JdbcClient jdbc, Collection<String> codes, Collection<String> areas) {
        ValueTable table = new ValueTable();
        if (codes.isEmpty()) {
            return table;
        }
        String areaFilter = areas == null ? "" : " and v.area in (:areas)";
        var spec = jdbc.sql(COLUMNS + "where i.code in (:codes)" + areaFilter
                        + " order by v.period_end nulls first, v.period_start, v.id")
                .param("codes", codes);
        if (areas != null) {
            spec = spec.param("areas", areas);
        }
        spec.query(ValueTable::row).list().forEach(table::add);
        return table;
    }

    /**
     * One page of the stored values of an indicator, in period then area order, read with limit/offset (an
     * indicator may have values for thousands of areas).
     *
     * @param area one area, or null for all
     */
    static List<ValueView> page(JdbcClient jdbc, String code, String area, long offset, int limit) {
        return jdbc.sql(COLUMNS + "where i.code = :code" + (area == null ? "" : " and v.area = :area")
                        + " order by v.period_end nulls first, v.period_start, v.area, v.id limit :limit offset :offset")
                .params(area == null ? Map.of("code", code, "limit", limit, "offset", offset)
                        : Map.of("code", code, "area", area, "limit", limit, "offset", offset))
                .query(ValueTable::row).list();
    }

    static long count(JdbcClient jdbc, String code, String area) {
        return jdbc.sql("""
                        select count(*) from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id
                        where i.code = :code""" + (area == null ? "" : " and v.area = :area"))
                .params(area == null ? Map.of("code", code) : Map.of("code", code, "area", area))
                .query(Long.class).single();
    }

    private static ValueView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Period.Kind kind = Period.Kind.valueOf(rs.getString(4));
        Period period = kind == Period.Kind.UNSTATED ? Period.UNSTATED : new Period(kind, rs.getInt(5), rs.getInt(6));
        BigDecimal value = rs.getBigDecimal(7);
        return new ValueView(rs.getLong(1), rs.getString(2), rs.getString(3), period.code(), period.label(),
                value, Qualifier.valueOf(rs.getString(8)), ValueStatus.valueOf(rs.getString(9)), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), null, rs.getLong(14));
    }

    private void add(ValueView v) {
        byIndicator.computeIfAbsent(v.indicator(), k -> new ArrayList<>()).add(v);
        String cell = cell(v.indicator(), v.area(), v.period());
        ValueView existing = byCell.get(cell);
        if (existing == null || v.status() == ValueStatus.REPORTED) {
            byCell.put(cell, v);
        }
    }

    List<ValueView> of(String code) {
        return byIndicator.getOrDefault(code, List.of());
    }

    ValueView get(String code, String area, Period period) {
        return byCell.get(cell(code, area, period.code()));
    }

    private static String cell(String code, String area, String period) {
        return code + '\u0000' + area + '\u0000' + period;
    }
}
