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

    private static final String ROWS = """
            with rows as (
                select t.level, p.code as programme, t.field, t.host_type,
                       extract(year from t.approved_at at time zone 'Asia/Ho_Chi_Minh')::int as approval_year,
                       t.status,
                       coalesce(sum(b.amount) filter (where b.source = 'STATE_BUDGET'), 0) as state,
                       coalesce(sum(b.amount) filter (where b.source = 'COUNTERPART'), 0) as counterpart,
                       coalesce(sum(b.amount) filter (where b.source = 'OTHER'), 0) as other
                from tasks.tasks t join tasks.programmes p on p.id = t.programme_id
                left join tasks.task_budget b on b.task_id = t.id
                group by t.id, p.code
                union all
                select level, programme_code, field, host_type, approval_year, status, state_amount,
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

    @Transactional(readOnly = true)
    public Report report(String groupBy, TaskLevel level, Integer from, Integer to) {
        String key = GROUPS.get(groupBy == null ? "level" : groupBy);
        if (key == null) {
            throw new RuleViolationException("groupBy", "tasks.portfolio.group-by");
        }
        String sql = ROWS + "select " + key + """
                 as key, count(*) as tasks, sum(state) as state, sum(counterpart) as counterpart, sum(other) as other
                from rows
                where (cast(:level as text) is null or level = cast(:level as text))
                  and (cast(:from as int) is null or approval_year >= cast(:from as int))
                  and (cast(:to as int) is null or approval_year <= cast(:to as int))
                group by 1 order by 1""";
        List<long[]> sums = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        jdbc.sql(sql).param("level", level == null ? null : level.name()).param("from", from).param("to", to)
                .query((rs, n) -> {
                    keys.add(rs.getString("key"));
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
        if ("source".equals(groupBy)) {
            String[] names = {"STATE_BUDGET", "COUNTERPART", "OTHER"};
            for (int i = 0; i < 3; i++) {
                Money amount = Money.of(all[i + 1]);
                rows.add(new Row(names[i], all[0], i == 0 ? amount : Money.ZERO, i == 1 ? amount : Money.ZERO,
                        i == 2 ? amount : Money.ZERO, i == 0 ? Money.ZERO : amount, amount, share(grand, amount),
                        null, null));
            }
        } else {
            for (int i = 0; i < keys.size(); i++) {
                rows.add(row(keys.get(i), sums.get(i), grand));
            }
        }
        return new Report(groupBy == null ? "level" : groupBy, level == null ? null : level.name(), from, to, rows,
                row("TOTAL", all, grand));
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
