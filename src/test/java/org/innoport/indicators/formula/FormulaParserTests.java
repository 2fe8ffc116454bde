package org.innoport.indicators.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.innoport.indicators.Period;
import org.junit.jupiter.api.Test;

class FormulaParserTests {

    private static final Map<String, Double> VALUES = Map.of(
            "state@VN-HP@2013-2022", 156_502_394_000d, "total@VN-HP@2013-2022", 257_473_016_000d,
            "ip@VN-HP@2016-2020", 2723d, "ip@VN-HP@2011-2015", 1120d, "x@VN-HP@2020", 10d, "x@VN-HP@2019", 8d,
            "x@VN@2020", 4d, "vph@VN-HP@2005", 47.05, "vph@VN-HP@2021", 169.1);

    private static Double eval(String formula, Period period) {
        return new Evaluator((c, a, p) -> VALUES.get(c + "@" + a + "@" + p.code()), "VN-HP")
                .evaluate(FormulaParser.parse(formula), period);
    }

    @Test
    void computesTheStateShareOfCityTaskFundingAs60Point78() {
        assertThat(eval("share(state, total)", Period.range(2013, 2022))).isCloseTo(60.7840, within(1e-4));
    }

    @Test
    void computesTheRatioOfIpTitlesBetweenFixedPeriodsAs2Point43() {
        assertThat(eval("ratio(ip[2016-2020], ip[2011-2015])", Period.UNSTATED)).isCloseTo(2.43125, within(1e-9));
    }

    @Test
    void readsShiftedPeriodsAndOtherAreas() {
        assertThat(eval("growth(x, x[t-1])", Period.year(2020))).isCloseTo(25, within(1e-9));
        assertThat(eval("x / x@VN", Period.year(2020))).isEqualTo(2.5);
    }

    @Test
    void usesTheEdgesAndLengthOfTheCurrentPeriodForCompoundGrowth() {
        assertThat(eval("cagr(vph[end], vph[start], years)", Period.average(2005, 2021))).isCloseTo(8.3238, within(1e-4));
    }

    @Test
    void respectsPrecedenceAndRightAssociativePowers() {
        assertThat(eval("1 + 2 * 3 ^ 2 ^ 1 - -4 / 2", Period.UNSTATED)).isEqualTo(21.0);
        assertThat(eval("2 ^ 3 ^ 2", Period.UNSTATED)).isEqualTo(512.0);
        assertThat(eval("(1 + 2) * 3", Period.UNSTATED)).isEqualTo(9.0);
    }

    @Test
    void aMissingInputOrADivisionByZeroGivesNoValueRatherThanANumber() {
        assertThat(eval("share(state, missing)", Period.range(2013, 2022))).isNull();
        assertThat(eval("1 / (x - x)", Period.year(2020))).isNull();
    }

    @Test
    void rejectsMalformedFormulasWithThePositionAndWhatWasExpected() {
        assertThatThrownBy(() -> FormulaParser.parse("share(a, b")).isInstanceOf(FormulaException.class)
                .hasMessage("indicators.formula.expected.char");
        assertThatThrownBy(() -> FormulaParser.parse("a +")).hasMessage("indicators.formula.expected.operand");
        assertThatThrownBy(() -> FormulaParser.parse("a b")).hasMessage("indicators.formula.expected.operator");
        assertThatThrownBy(() -> FormulaParser.parse("a[20]")).hasMessage("indicators.formula.expected.year");
        assertThatThrownBy(() -> FormulaParser.parse("exec(a)")).hasMessage("indicators.formula.unknown-function");
        assertThatThrownBy(() -> FormulaParser.parse("cagr(a, b)")).hasMessage("indicators.formula.arity");
        assertThatThrownBy(() -> FormulaParser.parse("")).hasMessage("indicators.formula.empty");
        FormulaException e = (FormulaException) org.assertj.core.api.Assertions.catchThrowable(
                () -> FormulaParser.parse("a + * b"));
        assertThat(e.args()).containsExactly(5, "* b");
        assertThat(e.field()).isEqualTo("formula");
    }

    @Test
    void refusesUnknownIndicatorsAndCyclesNamingTheChain() {
        Map<String, References.Lookup> catalogue = Map.of("a", new References.Lookup(null),
                "b", new References.Lookup("c * 2"), "c", new References.Lookup("new + a"));
        assertThatThrownBy(() -> References.check("new", "a + nope", catalogue::get))
                .hasMessage("indicators.formula.unknown-indicator");
        FormulaException cycle = (FormulaException) org.assertj.core.api.Assertions.catchThrowable(
                () -> References.check("new", "b + a", catalogue::get));
        assertThat(cycle.getMessage()).isEqualTo("indicators.formula.cycle");
        assertThat(cycle.args()).containsExactly("new → b → c → new");
        assertThatThrownBy(() -> References.check("new", "new[t-1] * 2", catalogue::get))
                .hasMessage("indicators.formula.cycle");
        assertThat(References.check("new", "share(a, a * 2)", catalogue::get)).isNotNull();
    }

    @Test
    void refusesNestingDeepEnoughToExhaustTheStack() {
        assertThatThrownBy(() -> FormulaParser.parse("(".repeat(500) + "1" + ")".repeat(500)))
                .hasMessage("indicators.formula.too-deep");
    }
}
