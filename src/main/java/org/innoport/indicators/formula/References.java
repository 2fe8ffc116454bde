package org.innoport.indicators.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** What a formula reads, and the checks a formula must pass before it is saved. */
public final class References {

    private References() {
    }

    /** Codes of the indicators the expression reads, in order of appearance. */
    public static Set<String> of(Expr expr) {
        Set<String> codes = new LinkedHashSet<>();
        collect(expr, codes);
        return codes;
    }

    private static void collect(Expr expr, Set<String> codes) {
        switch (expr) {
            case Expr.Ref r -> codes.add(r.code());
            case Expr.Negate n -> collect(n.operand(), codes);
            case Expr.Binary b -> {
                collect(b.left(), codes);
                collect(b.right(), codes);
            }
            case Expr.Call c -> c.arguments().forEach(a -> collect(a, codes));
            case Expr.Num n -> { }
            case Expr.Years y -> { }
        }
    }

    /**
     * Parses {@code formula} for indicator {@code code} and checks it against the catalogue.
     *
     * @param formulaOf the stored formula of each other indicator ({@code null} for entered ones); absent = unknown
     * @throws FormulaException on a syntax error, an unknown indicator or a cycle (the message names the chain)
     */
    public static Expr check(String code, String formula, Function<String, Lookup> formulaOf) {
        Expr expr = FormulaParser.parse(formula);
        for (String ref : of(expr)) {
            if (!ref.equals(code) && formulaOf.apply(ref) == null) {
                throw new FormulaException("indicators.formula.unknown-indicator", ref);
            }
        }
        List<String> cycle = findCycle(code, expr, formulaOf);
        if (!cycle.isEmpty()) {
            throw new FormulaException("indicators.formula.cycle", String.join(" → ", cycle));
        }
        return expr;
    }

    /** An indicator as the cycle check sees it: known, with its formula or null when entered. */
    public record Lookup(String formula) {
    }

    private static List<String> findCycle(String start, Expr expr, Function<String, Lookup> formulaOf) {
        Map<String, Set<String>> graph = new java.util.HashMap<>();
        graph.put(start, of(expr));
        Deque<List<String>> stack = new ArrayDeque<>();
        stack.push(List.of(start));
        Set<String> expanded = new java.util.HashSet<>();
        while (!stack.isEmpty()) {
            List<String> path = stack.pop();
            String last = path.get(path.size() - 1);
            Set<String> next = graph.computeIfAbsent(last, c -> {
                Lookup lookup = formulaOf.apply(c);
                if (lookup == null || lookup.formula() == null) {
                    return Set.of();
                }
                try {
                    return of(FormulaParser.parse(lookup.formula()));
                } catch (FormulaException e) {
                    return Set.of();
                }
            });
            for (String n : next) {
                List<String> longer = new ArrayList<>(path);
                longer.add(n);
                if (n.equals(start)) {
                    return longer;
                }
                if (expanded.add(n)) {
                    stack.push(longer);
                }
            }
        }
        return List.of();
    }
}
