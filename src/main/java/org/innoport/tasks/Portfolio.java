package org.innoport.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolio reports, read with SQL over both the city workflow's tasks (amounts from their approved budget) and the
 * registry of tasks kept without the workflow: counts and amounts by level, programme, field, host-organisation
 * type, year of approval, status or funding source, with shares; and the reconciliation with reported aggregates.
 */
@Service
public class Portfolio {

    /** Groupings and the SQL expression of each (never user text in SQL). */
    private static final Map<String, String> GROUPS = Map.of(
            "level", "level", "programme", "coalesce(programme, '-')", "field", "coalesce(field, '-')",
            "hostType", "coalesce(host_type, '-')", "year", "approval_year::text", "status", "status",
            "source", "'ALL'");

    /**
     * Workflow tasks pre-grouped on the narrow {@code tasks_portfolio} index (approved totals per source are kept on
     * each task), then the registry records; filters on level and year are pushed below the grouping.
     */
    private static final String ROWS = """
            with rows as (
                select t.level, p.code as programme, t.field, t.host_type, t.approval_year,
                       t.status, t.tasks, t.state, t.counterpart, t.other
                from (select level, programme_id, field, host_type, approval_year, status, count(*) as tasks,
                             sum(approved_state) as state, sum(approved_counterpart) as counterpart,
                             sum(approved_other) as other
                      from tasks.tasks group by level, programme_id, field, host_type, approval_year, status) t
                join tasks.programmes p on p.id = t.programme_id
                union all
                select level, programme_code, field, host_type, approval_year, status, 1, state_amount,
                       counterpart_amount, other_amount
                from tasks.registry_tasks
            )
            """;

    public record Row(String key, long tasks, Money state, Money counterpart, Money other, Money mobilised,
                      Money total, BigDecimal shareOfTotal, BigDecimal stateShare, BigDecimal mobilisedShare) {
    }

    public record Report(String groupBy, String level, Integer from, Integer to, List<Row> rows, Row totals) {
    }

    public record Figures(long tasks, Money total, Money state, Money mobilised, BigDecimal stateShare,
                          BigDecimal mobilisedShare) {
    }

    /** One line of the reconciliation table on the page. */
    public record FigureRow(String key, Figures figures) {
    }

    public record Reconciliation(String level, int from, int to, Figures registry, Figures reported,
                                 String reportedSource, BigDecimal countCoverage, BigDecimal amountCoverage,
                                 Figures difference) {
    }

    private final JdbcClient jdbc;

    Portfolio(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The report grouped by one key or by several joined with commas ({@code year,source,programme}): a row per
     * combination, its key the parts joined with " / " in the order given. With {@code source} among several keys,
     * every combination of the others is split into one row per funding source.
     */
    @Transactional(readOnly = true)
    public Report report(String groupBy, TaskLevel level, Integer from, Integer to) {
        String groups = groupBy == null || groupBy.isBlank() ? "level" : groupBy.replace(" ", "");
        List<String> parts = List.of(groups.split(","));
        if (parts.isEmpty() || parts.size() > 3 || parts.stream().distinct().count() != parts.size()
                || !parts.stream().allMatch(GROUPS::containsKey)) {
            throw new RuleViolationException("groupBy", "tasks.portfolio.group-by");
        }
        List<String> sqlParts = parts.size() == 1 ? parts : parts.stream().filter(p -> !"source".equals(p)).toList();
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < sqlParts.size(); i++) {
            select.append(GROUPS.get(sqlParts.get(i))).append(" as k").append(i).append(", ");
        }
        String groupsSql = String.join(", ", java.util.stream.IntStream.rangeClosed(1, sqlParts.size())
                .mapToObj(Integer::toString).toList());
        String sql = ROWS + "select " + select + """
                sum(tasks) as tasks, sum(state) as state, sum(counterpart) as counterpart, sum(other) as other
                from rows
                where (cast(:level as text) is null or level = cast(:level as text))
                  and (cast(:from as int) is null or approval_year >= cast(:from as int))
                  and (cast(:to as int) is null or approval_year <= cast(:to as int))
                group by\s""" + groupsSql + " order by " + groupsSql;
        List<long[]> sums = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        jdbc.sql(sql).param("level", level == null ? null : level.name()).param("from", from).param("to", to)
                .query((rs, n) -> {
                    List<String> key = new ArrayList<>();
                    for (int i = 0; i < sqlParts.size(); i++) {
                        key.add(rs.getString("k" + i));
                    }
                    keys.add(key);
                    sums.add(new long[] {rs.getLong("tasks"), rs.getLong("state"), rs.getLong("counterpart"),
                            rs.getLong("other")});
                    return null;
                }).list();
        long[] all = new long[4];
        sums.forEach(s -> {
            for (int i = 0; i < 4; i++) {
                all[i] += s[i];
            }
        });
        Money grand = Money.of(all[1] + all[2] + all[3]);
        List<Row> rows = new ArrayList<>();
        if (parts.contains("source")) {
            List<long[]> cells = parts.size() == 1 ? List.<long[]>of(all) : sums;
            for (int r = 0; r < cells.size(); r++) {
                for (int i = 0; i < 3; i++) {
                    String source = SOURCES[i];
                    List<String> key = parts.size() == 1 ? List.of(source) : compose(parts, keys.get(r), source);
                    rows.add(sourceRow(String.join(" / ", key), cells.get(r), i, grand));
                }
            }
        } else {
            for (int i = 0; i < keys.size(); i++) {
                rows.add(row(String.join(" / ", keys.get(i)), sums.get(i), grand));
            }
        }
        return new Report(groups, level == null ? null : level.name(), from, to, rows, row("TOTAL", all, grand));
    }

    private static final String[] SOURCES = {"STATE_BUDGET", "COUNTERPART", "OTHER"};

    /** The key parts in the order asked for, the source in its place. */
    private static List<String> compose(List<String> parts, List<String> values, String source) {
        List<String> key = new ArrayList<>();
        int v = 0;
        for (String part : parts) {
            key.add("source".equals(part) ? source : values.get(v++));
        }
        return key;
    }

    /** One source's amount of a cell (sums = tasks, state, counterpart, other). */
    private static Row sourceRow(String key, long[] sums, int source, Money grand) {
        Money amount = Money.of(sums[source + 1]);
        return new Row(key, sums[0], source == 0 ? amount : Money.ZERO, source == 1 ? amount : Money.ZERO,
                source == 2 ? amount : Money.ZERO, source == 0 ? Money.ZERO : amount, amount, share(grand, amount),
                null, null);
    }

    @Transactional(readOnly = true)
    public Reconciliation reconcile(TaskLevel level, int from, int to) {
        Row computed = report("level", level, from, to).totals();
        Figures registry = new Figures(computed.tasks(), computed.total(), computed.state(), computed.mobilised(),
                computed.stateShare(), computed.mobilisedShare());
        var reported = jdbc.sql("""
                        select task_count, total_amount, state_amount, mobilised_amount, source
                        from tasks.reported_aggregates where level = :level and year_from = :from and year_to = :to""")
                .param("level", level.name()).param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(new Figures(rs.getLong(1), Money.of(rs.getLong(2)),
                        Money.of(rs.getLong(3)), Money.of(rs.getLong(4)),
                        share(Money.of(rs.getLong(2)), Money.of(rs.getLong(3))),
                        share(Money.of(rs.getLong(2)), Money.of(rs.getLong(4)))), rs.getString(5)))
                .optional();
        if (reported.isEmpty()) {
            return new Reconciliation(level.name(), from, to, registry, null, null, null, null, null);
        }
        Figures r = reported.get().getKey();
        Figures difference = new Figures(registry.tasks() - r.tasks(), registry.total().minus(r.total()),
                registry.state().minus(r.state()), registry.mobilised().minus(r.mobilised()),
                registry.stateShare() == null || r.stateShare() == null ? null
                        : registry.stateShare().subtract(r.stateShare()),
                registry.mobilisedShare() == null || r.mobilisedShare() == null ? null
                        : registry.mobilisedShare().subtract(r.mobilisedShare()));
        return new Reconciliation(level.name(), from, to, registry, r, reported.get().getValue(),
                r.tasks() == 0 ? null : BigDecimal.valueOf(registry.tasks() * 1000 / r.tasks(), 1),
                share(r.total(), registry.total()), difference);
    }

    private static Row row(String key, long[] s, Money grand) {
        Money state = Money.of(s[1]);
        Money mobilised = Money.of(s[2] + s[3]);
        Money total = state.plus(mobilised);
        return new Row(key, s[0], state, Money.of(s[2]), Money.of(s[3]), mobilised, total, share(grand, total),
                share(total, state), share(total, mobilised));
    }

    /** part / total in percent with one decimal; null when the total is zero. */
    private static BigDecimal share(Money total, Money part) {
        return total.isZero() ? null : total.share(part);
    }
}
