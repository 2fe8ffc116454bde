package org.innoport.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.innoport.indicators.formula.Evaluator;
import org.innoport.indicators.formula.Expr;
import org.innoport.indicators.formula.FormulaParser;
import org.innoport.indicators.formula.References;
import org.innoport.indicators.formula.Selector;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The definitions and the stored values needed to answer one question (a page, an API call, an audit run), with
 * formula values computed on demand. Short-lived: built per request, never cached across requests.
 */
final class Workspace {

    static final String CITY = "VN-HP";
    /** The country, for comparisons (national productivity growth beside the city's). */
    static final String COUNTRY = "VN";
    private static final MathContext PRECISION = new MathContext(12);

    private final Map<String, IndicatorView> indicators;
    private final Map<String, Expr> formulas = new HashMap<>();
    private final ValueTable values;
    private final Set<String> evaluating = new HashSet<>();
    /** Stored values the last evaluation read (its sources). */
    private List<ValueView> touched = new ArrayList<>();

    private Workspace(Map<String, IndicatorView> indicators, ValueTable values) {
        this.indicators = indicators;
        this.values = values;
    }

    /**
     * @param roots the indicators (and formula texts) of interest: their formula closure is loaded too
     * @param areas the areas to load, or null for all
     */
    static Workspace load(JdbcClient jdbc, Map<String, IndicatorView> catalogue, Collection<String> roots,
                          Collection<String> extraFormulas, Collection<String> areas) {
        Set<String> needed = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(roots);
        for (String text : extraFormulas) {
            pending.addAll(References.of(FormulaParser.parse(text)));
        }
        while (!pending.isEmpty()) {
            String code = pending.remove(pending.size() - 1);
            IndicatorView indicator = catalogue.get(code);
            if (indicator != null && needed.add(code) && indicator.formula() != null) {
                pending.addAll(References.of(FormulaParser.parse(indicator.formula())));
            }
        }
        return new Workspace(catalogue, ValueTable.load(jdbc, needed, areas));
    }

    /**
     * Like {@link #load} for questions asked about the city (the audit, the indicator page): only the values of the
     * city, the country and the areas a formula names ({@code x@VN}) are read, never those of every other area.
     */
    static Workspace loadForCity(JdbcClient jdbc, Map<String, IndicatorView> catalogue, Collection<String> roots,
                                 Collection<String> extraFormulas) {
        Set<String> areas = new LinkedHashSet<>();
        areas.add(CITY);
        areas.add(COUNTRY);
        List<String> pending = new ArrayList<>(roots);
        Set<String> seen = new HashSet<>();
        for (String text : extraFormulas) {
            Expr expr = FormulaParser.parse(text);
            collectAreas(expr, areas);
            pending.addAll(References.of(expr));
        }
        while (!pending.isEmpty()) {
            String code = pending.remove(pending.size() - 1);
            IndicatorView indicator = catalogue.get(code);
            if (indicator != null && seen.add(code) && indicator.formula() != null) {
                Expr expr = FormulaParser.parse(indicator.formula());
                collectAreas(expr, areas);
                pending.addAll(References.of(expr));
            }
        }
        return load(jdbc, catalogue, roots, extraFormulas, areas);
    }

    private static void collectAreas(Expr expr, Set<String> areas) {
        switch (expr) {
            case Expr.Ref r -> {
                if (r.area() != null) {
                    areas.add(r.area());
                }
            }
            case Expr.Negate n -> collectAreas(n.operand(), areas);
            case Expr.Binary b -> {
                collectAreas(b.left(), areas);
                collectAreas(b.right(), areas);
            }
            case Expr.Call c -> c.arguments().forEach(a -> collectAreas(a, areas));
            default -> { }
        }
    }

    IndicatorView indicator(String code) {
        return indicators.get(code);
    }

    List<ValueView> stored(String code) {
        return values.of(code);
    }

    /** The value a formula reads: stored for entered indicators, computed for formula ones (stored first if asked). */
    Double value(String code, String area, Period period, boolean preferStored) {
        IndicatorView indicator = indicators.get(code);
        if (indicator == null) {
            return null;
        }
        if (indicator.formula() == null || preferStored) {
            ValueView stored = values.get(code, area, period);
            if (stored != null) {
                touched.add(stored);
                return stored.value().doubleValue();
            }
            if (indicator.formula() == null) {
                return null;
            }
        }
        return compute(code, area, period);
    }

    /** Computes a formula indicator for one cell, or null when an input is missing. */
    Double compute(String code, String area, Period period) {
        String key = code + '@' + area + '@' + period.code();
        if (!evaluating.add(key)) {
            return null;
        }
        try {
            Expr expr = formula(code);
            return new Evaluator((c, a, p) -> value(c, a, p, false), area).evaluate(expr, period);
        } finally {
            evaluating.remove(key);
        }
    }

    /** Evaluates free text (an audit rule side), recording the stored values it read. */
    Evaluation evaluate(String text, boolean preferStored) {
        touched = new ArrayList<>();
        Expr expr = FormulaParser.parse(text);
        Double result = new Evaluator((c, a, p) -> value(c, a, p, preferStored), CITY).evaluate(expr, Period.UNSTATED);
        return new Evaluation(result, List.copyOf(touched));
    }

    record Evaluation(Double value, List<ValueView> sources) {
    }

    /** The computed series of a formula indicator: at its own stored periods and at those of its first input. */
    List<ValueView> computedSeries(String code) {
        IndicatorView indicator = indicators.get(code);
        if (indicator == null || indicator.formula() == null) {
            return List.of();
        }
        Expr expr = formula(code);
        Set<String> cells = new LinkedHashSet<>();
        for (ValueView v : values.of(code)) {
            cells.add(v.area() + '|' + v.period());
        }
        String driver = sameSelectorRef(expr);
        if (driver != null) {
            for (ValueView v : values.of(driver)) {
                cells.add(v.area() + '|' + v.period());
            }
            if (indicators.get(driver) != null && indicators.get(driver).formula() != null) {
                for (ValueView v : computedSeries(driver)) {
                    cells.add(v.area() + '|' + v.period());
                }
            }
        }
        if (cells.isEmpty()) {
            cells.add(CITY + "|");
        }
        List<ValueView> result = new ArrayList<>();
        for (String cell : new TreeSet<>(cells)) {
            String area = cell.substring(0, cell.indexOf('|'));
            Period period = Period.parse(cell.substring(cell.indexOf('|') + 1));
            Double v = compute(code, area, period);
            if (v != null) {
                result.add(new ValueView(null, code, area, period.code(), period.label(),
                        new BigDecimal(v, PRECISION).stripTrailingZeros(), Qualifier.EXACT, ValueStatus.COMPUTED,
                        null, null, null, null, indicator.formula(), null));
            }
        }
        result.sort((a, b) -> a.parsedPeriod().compareTo(b.parsedPeriod()));
        return result;
    }

    private Expr formula(String code) {
        return formulas.computeIfAbsent(code, c -> FormulaParser.parse(indicators.get(c).formula()));
    }

    private static String sameSelectorRef(Expr expr) {
        return switch (expr) {
            case Expr.Ref r -> r.selector() instanceof Selector.Same ? r.code() : null;
            case Expr.Negate n -> sameSelectorRef(n.operand());
            case Expr.Binary b -> {
                String l = sameSelectorRef(b.left());
                yield l != null ? l : sameSelectorRef(b.right());
            }
            case Expr.Call c -> c.arguments().stream().map(Workspace::sameSelectorRef)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            default -> null;
        };
    }
}
