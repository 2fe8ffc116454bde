package org.innoport.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a value holds: one year ({@code 2020}), a range ({@code 2013-2022}, a total or a rate over the range), an
 * average over a range ({@code avg 2013-2022}) or, when the source does not say, {@code UNSTATED}.
 */
public record Period(Kind kind, Integer start, Integer end) implements Comparable<Period> {

    public enum Kind { YEAR, RANGE, AVERAGE, UNSTATED }

    private static final Pattern SYNTAX = Pattern.compile("(?i)\\s*(avg\\s+)?(\\d{4})\\s*(?:[-–]\\s*(\\d{4}))?\\s*");

    public static final Period UNSTATED = new Period(Kind.UNSTATED, null, null);

    public Period {
        if (kind != Kind.UNSTATED && (start == null || end == null || end < start)) {
            throw new IllegalArgumentException("period " + kind + " " + start + "-" + end);
        }
        if (kind == Kind.YEAR && !start.equals(end)) {
            throw new IllegalArgumentException("a year period starts and ends in the same year");
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, year);
    }

    public static Period range(int start, int end) {
        return new Period(Kind.RANGE, start, end);
    }

    public static Period average(int start, int end) {
        return new Period(Kind.AVERAGE, start, end);
    }

    /** Parses {@code 2020}, {@code 2013-2022}, {@code avg 2013-2022}; blank or null is {@link #UNSTATED}. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            return UNSTATED;
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: " + text);
        }
        int start = Integer.parseInt(m.group(2));
        int end = m.group(3) == null ? start : Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
            return average(start, end);
        }
        return start == end ? year(start) : range(start, end);
    }

    public boolean isYear() {
        return kind == Kind.YEAR;
    }

    /** Years between start and end (0 for a single year). */
    public int span() {
        return kind == Kind.UNSTATED ? 0 : end - start;
    }

    /** The canonical text form, accepted by {@link #parse}. */
    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(start);
            case RANGE -> start + "-" + end;
            case AVERAGE -> "avg " + start + "-" + end;
            case UNSTATED -> "";
        };
    }

    /** For people: {@code 2013–2022}, {@code Ø 2013–2022}. */
    public String label() {
        return switch (kind) {
            case YEAR -> String.valueOf(start);
            case RANGE -> start + "–" + end;
            case AVERAGE -> "Ø " + start + "–" + end;
            case UNSTATED -> "—";
        };
    }

    @Override
    public int compareTo(Period other) {
        int a = end == null ? Integer.MIN_VALUE : end;
        int b = other.end == null ? Integer.MIN_VALUE : other.end;
        if (a != b) {
            return Integer.compare(a, b);
        }
        int s = Integer.compare(start == null ? 0 : start, other.start == null ? 0 : other.start);
        return s != 0 ? s : kind.compareTo(other.kind);
    }

    @Override
    public String toString() {
        return code();
    }
}
