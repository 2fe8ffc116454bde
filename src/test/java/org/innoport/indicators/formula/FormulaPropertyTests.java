package org.innoport.indicators.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.innoport.indicators.Period;

class FormulaPropertyTests {

    private static Double eval(String formula) {
        return new Evaluator((c, a, p) -> null, "VN-HP").evaluate(FormulaParser.parse(formula), Period.UNSTATED);
    }

    @Property
    void additionAndMultiplicationOfLiteralsMatchJava(@ForAll @DoubleRange(min = 0, max = 1e6) double a,
                                                      @ForAll @DoubleRange(min = 0, max = 1e6) double b,
                                                      @ForAll @DoubleRange(min = 0, max = 1e3) double c) {
        String f = "%s + %s * %s".formatted(a, b, c);
        assertThat(eval(f)).isCloseTo(a + b * c, within(1e-6 * (1 + a + b * c)));
    }

    @Property
    void shareOfAPartInItsWholeIsBetween0And100(@ForAll @DoubleRange(min = 0, max = 1e12) double part,
                                                @ForAll @DoubleRange(min = 0, max = 1e12) double rest) {
        double whole = part + rest;
        Double share = eval("share(%s, %s)".formatted(part, whole));
        if (whole == 0) {
            assertThat(share).isNull();
        } else {
            assertThat(share).isBetween(0.0, 100.0 + 1e-9);
        }
    }

    @Property
    void cagrCompoundsBackToTheEndValue(@ForAll @DoubleRange(min = 1, max = 1e6) double base,
                                        @ForAll @DoubleRange(min = -50, max = 100) double rate,
                                        @ForAll @IntRange(min = 1, max = 30) int years) {
        double end = base * Math.pow(1 + rate / 100, years);
        assertThat(eval("cagr(%s, %s, %d)".formatted(end, base, years))).isCloseTo(rate, within(1e-6));
    }

    @Property
    void anyGarbageEitherParsesOrIsRejectedWithAFormulaException(@ForAll("garbage") String text) {
        try {
            FormulaParser.parse(text);
        } catch (FormulaException expected) {
            assertThat(expected.messageKey()).startsWith("indicators.formula.");
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings().withChars("ab1.()+-*/^,[]@ tsharecgvx2019-").ofMaxLength(40);
    }
}
