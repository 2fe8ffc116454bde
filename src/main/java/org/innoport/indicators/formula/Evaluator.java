package org.innoport.indicators.formula;

import org.innoport.indicators.Period;

/**
 * Evaluates a parsed formula for one period. A missing input, a division by zero or a non-real result
 * (e.g. a negative base under a fractional power) gives {@code null}: "cannot be computed", never a made-up number.
 */
public final class Evaluator {

    /** Reads one value; returns null when there is none. */
    @FunctionalInterface
    public interface Values {
        Double get(String code, String area, Period period);
    }

    private final Values values;
    private final String defaultArea;

    public Evaluator(Values values, String defaultArea) {
        this.values = values;
        this.defaultArea = defaultArea;
    }

    public Double evaluate(Expr expr, Period current) {
        Double result = eval(expr, current);
        return result == null || !Double.isFinite(result) ? null : result;
    }

    private Double eval(Expr expr, Period current) {
        return switch (expr) {
            case Expr.Num n -> n.value();
            case Expr.Years y -> current.kind() == Period.Kind.UNSTATED ? null : (double) current.span();
            case Expr.Ref r -> {
                Period period = r.selector().resolve(current);
                yield period == null ? null : values.get(r.code(), r.area() == null ? defaultArea : r.area(), period);
            }
            case Expr.Negate n -> {
                Double v = eval(n.operand(), current);
                yield v == null ? null : -v;
            }
            case Expr.Binary b -> binary(b, current);
            case Expr.Call c -> call(c, current);
        };
    }

    private Double binary(Expr.Binary b, Period current) {
        Double l = eval(b.left(), current);
        Double r = eval(b.right(), current);
        if (l == null || r == null) {
            return null;
        }
        double v = switch (b.operator()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            case '/' -> r == 0 ? Double.NaN : l / r;
            case '^' -> Math.pow(l, r);
            default -> throw new IllegalStateException("operator " + b.operator());
        };
        return Double.isFinite(v) ? v : null;
    }

    private Double call(Expr.Call c, Period current) {
        double[] a = new double[c.arguments().size()];
        for (int i = 0; i < a.length; i++) {
            Double v = eval(c.arguments().get(i), current);
            if (v == null) {
                return null;
            }
            a[i] = v;
        }
        double v = switch (c.function()) {
            case "share" -> a[1] == 0 ? Double.NaN : a[0] / a[1] * 100;
            case "ratio" -> a[1] == 0 ? Double.NaN : a[0] / a[1];
            case "growth" -> a[1] == 0 ? Double.NaN : (a[0] / a[1] - 1) * 100;
            case "cagr" -> a[1] <= 0 || a[0] < 0 || a[2] <= 0 ? Double.NaN : (Math.pow(a[0] / a[1], 1 / a[2]) - 1) * 100;
            case "abs" -> Math.abs(a[0]);
            case "sum" -> sum(a);
            case "avg" -> sum(a) / a.length;
            case "min" -> java.util.Arrays.stream(a).min().orElseThrow();
            case "max" -> java.util.Arrays.stream(a).max().orElseThrow();
            default -> throw new IllegalStateException("function " + c.function());
        };
        return Double.isFinite(v) ? v : null;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }
}
