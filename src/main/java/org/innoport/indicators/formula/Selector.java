package org.innoport.indicators.formula;

import org.innoport.indicators.Period;

/** Which period of a referenced indicator a formula reads, relative to the period being computed. */
public sealed interface Selector {

    /** {@code x} or {@code x[t]}: the same period. */
    record Same() implements Selector { }

    /** {@code x[t-1]}: the same kind of period shifted by whole years. */
    record Shift(int years) implements Selector { }

    /** {@code x[start]} / {@code x[end]}: the first or last year of the period being computed. */
    record Edge(boolean start) implements Selector { }

    /** {@code x[2020]}, {@code x[2013-2022]}, {@code x[avg 2013-2022]}: a fixed period. */
    record Fixed(Period period) implements Selector { }

    /** The period this selector points at when computing for {@code current}, or null when it cannot say. */
    default Period resolve(Period current) {
        return switch (this) {
            case Same s -> current;
            case Fixed f -> f.period();
            case Shift s -> current.kind() == Period.Kind.UNSTATED ? null
                    : new Period(current.kind(), current.start() + s.years(), current.end() + s.years());
            case Edge e -> current.kind() == Period.Kind.UNSTATED ? null
                    : Period.year(e.start() ? current.start() : current.end());
        };
    }
}
