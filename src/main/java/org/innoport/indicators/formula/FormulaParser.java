package org.innoport.indicators.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.Period;

/**
 * A recursive-descent parser for the formula language (no scripting engine: a formula can only read indicator
 * values and do arithmetic).
 *
 * <pre>
 * expr     = term { ("+" | "-") term }
 * term     = unary { ("*" | "/") unary }
 * unary    = "-" unary | power
 * power    = primary [ "^" unary ]                       (right-associative)
 * primary  = number | "(" expr ")" | "years" | function "(" expr { "," expr } ")" | reference
 * reference= code [ "@" area ] [ "[" selector "]" ]
 * selector = "t" [ ("+" | "-") int ] | "start" | "end" | year [ "-" year ] | "avg" year "-" year
 * </pre>
 * Functions: share(part, whole) = part/whole×100; ratio(a, b) = a/b; growth(x, base) = (x/base − 1)×100;
 * cagr(x, base, years) = ((x/base)^(1/years) − 1)×100; sum, min, max, avg (one or more arguments); abs(x).
 */
public final class FormulaParser {

    public static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 64;

    /** Function name to {minimum, maximum} argument count. */
    static final Map<String, int[]> FUNCTIONS = Map.of(
            "share", new int[] {2, 2}, "ratio", new int[] {2, 2}, "growth", new int[] {2, 2},
            "cagr", new int[] {3, 3}, "abs", new int[] {1, 1}, "sum", new int[] {1, 100},
            "min", new int[] {1, 100}, "max", new int[] {1, 100}, "avg", new int[] {1, 100});

    private final String text;
    private int pos;
    private int depth;

    private FormulaParser(String text) {
        this.text = text;
    }

    /** @throws FormulaException when the text is not a well-formed formula */
    public static Expr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("indicators.formula.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("indicators.formula.too-long", MAX_LENGTH);
        }
        FormulaParser parser = new FormulaParser(text);
        Expr expr = parser.expr();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("indicators.formula.expected.operator");
        }
        return expr;
    }

    private Expr expr() {
        enter();
        Expr left = term();
        while (true) {
            skipSpace();
            if (eat('+')) {
                left = new Expr.Binary('+', left, term());
            } else if (eat('-')) {
                left = new Expr.Binary('-', left, term());
            } else {
                depth--;
                return left;
            }
        }
    }

    private Expr term() {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (eat('*')) {
                left = new Expr.Binary('*', left, unary());
            } else if (eat('/')) {
                left = new Expr.Binary('/', left, unary());
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        skipSpace();
        if (eat('-')) {
            enter();
            Expr operand = unary();
            depth--;
            return new Expr.Negate(operand);
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        skipSpace();
        if (eat('^')) {
            enter();
            Expr exponent = unary();
            depth--;
            return new Expr.Binary('^', base, exponent);
        }
        return base;
    }

    private Expr primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("indicators.formula.expected.operand");
        }
        char c = text.charAt(pos);
        if (eat('(')) {
            Expr inner = expr();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return new Expr.Num(number());
        }
        if (isIdentStart(c)) {
            int at = pos;
            String name = identifier();
            skipSpace();
            if (peek('(')) {
                return call(name, at);
            }
            if (name.equals("years")) {
                return new Expr.Years();
            }
            return reference(name);
        }
        throw error("indicators.formula.expected.operand");
    }

    private Expr call(String name, int at) {
        int[] arity = FUNCTIONS.get(name);
        if (arity == null) {
            pos = at;
            throw new FormulaException("indicators.formula.unknown-function", name, at + 1);
        }
        expect('(');
        List<Expr> args = new ArrayList<>();
        args.add(expr());
        skipSpace();
        while (eat(',')) {
            args.add(expr());
            skipSpace();
        }
        expect(')');
        if (args.size() < arity[0] || args.size() > arity[1]) {
            throw new FormulaException("indicators.formula.arity", name, arity[0], arity[1], args.size());
        }
        return new Expr.Call(name, List.copyOf(args));
    }

    private Expr reference(String code) {
        String area = null;
        if (eat('@')) {
            if (pos >= text.length() || !isIdentStart(text.charAt(pos))) {
                throw error("indicators.formula.expected.area");
            }
            area = area();
            skipSpace();
        }
        Selector selector = new Selector.Same();
        if (eat('[')) {
            selector = selector();
            expect(']');
        }
        return new Expr.Ref(code, area, selector);
    }

    private Selector selector() {
        skipSpace();
        if (pos < text.length() && isIdentStart(text.charAt(pos))) {
            String word = identifier();
            switch (word) {
                case "t" -> {
                    skipSpace();
                    if (eat('-')) {
                        return new Selector.Shift(-integer());
                    }
                    if (eat('+')) {
                        return new Selector.Shift(integer());
                    }
                    return new Selector.Same();
                }
                case "start" -> {
                    return new Selector.Edge(true);
                }
                case "end" -> {
                    return new Selector.Edge(false);
                }
                case "avg" -> {
                    int start = year();
                    expect('-');
                    int end = year();
                    return fixed(Period.Kind.AVERAGE, start, end);
                }
                default -> throw error("indicators.formula.expected.selector");
            }
        }
        int start = year();
        skipSpace();
        if (eat('-')) {
            int end = year();
            return fixed(Period.Kind.RANGE, start, end);
        }
        return new Selector.Fixed(Period.year(start));
    }

    private Selector fixed(Period.Kind kind, int start, int end) {
        if (end <= start) {
            throw error("indicators.formula.expected.selector");
        }
        return new Selector.Fixed(new Period(kind, start, end));
    }

    private int year() {
        skipSpace();
        int at = pos;
        int value = integer();
        if (pos - at != 4) {
            pos = at;
            throw error("indicators.formula.expected.year");
        }
        return value;
    }

    private int integer() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 9) {
            pos++;
        }
        if (start == pos) {
            throw error("indicators.formula.expected.number");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (digits == pos) {
                pos = mark;
            }
        }
        String literal = text.substring(start, pos);
        try {
            double value = Double.parseDouble(literal);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            pos = start;
            throw error("indicators.formula.expected.number");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Area codes may hold hyphens ({@code VN-HP}); subtraction after an area needs a space or a selector. */
    private String area() {
        int start = pos;
        while (pos < text.length() && (isIdentPart(text.charAt(pos)) || text.charAt(pos) == '-'
                && pos + 1 < text.length() && isIdentStart(text.charAt(pos + 1)))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isIdentStart(char c) {
        return c < 128 && Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return c < 128 && Character.isLetterOrDigit(c) || c == '_';
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new FormulaException("indicators.formula.too-deep", MAX_DEPTH);
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean eat(char c) {
        skipSpace();
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new FormulaException("indicators.formula.expected.char", String.valueOf(c), pos + 1, found());
        }
    }

    private FormulaException error(String key) {
        return new FormulaException(key, pos + 1, found());
    }

    private String found() {
        return pos >= text.length() ? "∅" : text.substring(pos, Math.min(text.length(), pos + 12));
    }
}
