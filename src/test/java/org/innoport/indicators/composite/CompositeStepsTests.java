package org.innoport.indicators.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.innoport.indicators.composite.OutlierTreatment.Method;
import org.innoport.indicators.composite.OutlierTreatment.Treated;
import org.junit.jupiter.api.Test;

/** Each step of the method on its own, against values computed by hand or by a spreadsheet. */
class CompositeStepsTests {

    private static final double NaN = Double.NaN;
    private final OutlierTreatment outliers = new OutlierTreatment(2.25, 3.5, 5);

    @Test
    void skewnessAndKurtosisMatchTheSpreadsheetFunctionsOnTheirDocumentedExample() {
        // Microsoft's documentation of SKEW and KURT: 0.359543 and -0.151799637 for these ten values
        double[] x = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};
        assertThat(SampleMoments.skewness(x)).isCloseTo(0.359543, within(1e-6));
        assertThat(SampleMoments.kurtosis(x)).isCloseTo(-0.151799637, within(1e-9));
    }

    @Test
    void skewnessAndKurtosisOfOneToTenAndAHundredAreThoseComputedByHand() {
        // n = 11, mean 140/11; computed independently in Python from the sample-adjusted definitions
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
        assertThat(SampleMoments.skewness(x)).isCloseTo(3.255638184060509, within(1e-9));
        assertThat(SampleMoments.kurtosis(x)).isCloseTo(10.706673906421972, within(1e-9));
    }

    @Test
    void skewnessAndKurtosisAreUndefinedForTooFewOrEqualValues() {
        assertThat(SampleMoments.skewness(new double[] {1, 2})).isNaN();
        assertThat(SampleMoments.kurtosis(new double[] {1, 2, 3})).isNaN();
        assertThat(SampleMoments.skewness(new double[] {5, 5, 5, 5})).isNaN();
    }

    @Test
    void winsorisationOfOneToTenAndAHundredTurnsTheHundredIntoTen() {
        Treated t = outliers.apply(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100});
        assertThat(t.method()).isEqualTo(Method.WINSORISED);
        assertThat(t.replaced()).isEqualTo(1);
        assertThat(t.values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10);
        assertThat(t.skewnessAfter()).isCloseTo(-0.12762165967608585, within(1e-9));
    }

    @Test
    void winsorisationReplacesTheLowestValuesWhenTheSkewIsNegative() {
        Treated t = outliers.apply(new double[] {-100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertThat(t.method()).isEqualTo(Method.WINSORISED);
        assertThat(t.values()).containsExactly(1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void winsorisationLeavesMissingValuesMissing() {
        Treated t = outliers.apply(new double[] {1, NaN, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100});
        assertThat(t.values()[1]).isNaN();
        assertThat(t.values()[11]).isEqualTo(10);
        assertThat(t.count()).isEqualTo(11);
    }

    @Test
    void moreThanFiveOutliersAreLogTransformedInsteadOfWinsorised() {
        // 1..50 and six values of 500: still skewed after five replacements; min = 1, max = 500, so the transform
        // ln[(max−1)(x−min)/(max−min)+1] reduces to ln(x)
        double[] x = IntStream.concat(IntStream.rangeClosed(1, 50), IntStream.generate(() -> 500).limit(6))
                .asDoubleStream().toArray();
        Treated t = outliers.apply(x);
        assertThat(t.method()).isEqualTo(Method.LOG);
        assertThat(t.values()[0]).isCloseTo(0.0, within(1e-12));
        assertThat(t.values()[49]).isCloseTo(Math.log(50), within(1e-12));
        assertThat(t.values()[55]).isCloseTo(Math.log(500), within(1e-12));
        assertThat(t.directionReversed()).isFalse();
    }

    @Test
    void aNegativelySkewedIndicatorIsLogTransformedMirroredAndReversesItsDirection() {
        double[] x = IntStream.concat(IntStream.rangeClosed(1, 50).map(v -> 501 - v),
                IntStream.generate(() -> 1).limit(6)).asDoubleStream().toArray();
        Treated t = outliers.apply(x);
        assertThat(t.method()).isEqualTo(Method.LOG);
        assertThat(t.directionReversed()).isTrue();
        // min 1, max 500: ln[(500−1)(500−x)/(500−1)+1] = ln(501 − x)
        assertThat(t.values()[0]).isCloseTo(Math.log(1), within(1e-12));
        assertThat(t.values()[55]).isCloseTo(Math.log(500), within(1e-12));
    }

    @Test
    void thresholdsAreConfigurable() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
        assertThat(new OutlierTreatment(4.0, 3.5, 5).apply(x).method()).isEqualTo(Method.NONE);
        assertThat(new OutlierTreatment(2.25, 11.0, 5).apply(x).method()).isEqualTo(Method.NONE);
        assertThat(new OutlierTreatment(2.25, 3.5, 0).apply(x).method()).isEqualTo(Method.LOG);
    }

    @Test
    void aSymmetricIndicatorIsLeftAlone() {
        Treated t = outliers.apply(new double[] {1, 2, 3, 4, 5});
        assertThat(t.method()).isEqualTo(Method.NONE);
        assertThat(t.values()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void minMaxGivesZeroToHundredWhenHigherIsBetter() {
        assertThat(MinMax.normalise(new double[] {10, 20, 30, NaN, 15}, true))
                .containsExactly(0, 50, 100, NaN, 25);
    }

    @Test
    void minMaxReversesWhenLowerIsBetter() {
        assertThat(MinMax.normalise(new double[] {10, 20, 30, NaN, 15}, false))
                .containsExactly(100, 50, 0, NaN, 75);
    }

    @Test
    void aConstantIndicatorGivesNoScore() {
        assertThat(MinMax.normalise(new double[] {7, 7, 7}, true)).containsOnly(NaN);
    }

    @Test
    void weightsAreRenormalisedOverTheChildrenWithAValue() {
        // weights 1, 0.5, 1 and the second child missing: (1×60 + 1×30) / 2 = 45, not (60 + 0 + 30) / 2.5
        assertThat(WeightedMean.of(new double[] {60, NaN, 30}, new double[] {1, 0.5, 1}, 0.5)).isEqualTo(45);
        // the first missing instead: (0.5×40 + 1×70) / 1.5 = 60
        assertThat(WeightedMean.of(new double[] {NaN, 40, 70}, new double[] {1, 0.5, 1}, 0.5))
                .isCloseTo(60, within(1e-12));
        assertThat(WeightedMean.of(new double[] {80, 40, 70}, new double[] {1, 0.5, 1}, 0.5)).isCloseTo(68,
                within(1e-12));
    }

    @Test
    void aUnitMissingMoreThanTheAllowedShareOfChildrenGetsNoScore() {
        double[] weights = {1, 1, 1};
        assertThat(WeightedMean.of(new double[] {NaN, NaN, 30}, weights, 0.5)).isNaN();
        assertThat(WeightedMean.of(new double[] {NaN, NaN, 30}, weights, 0.7)).isEqualTo(30);
        assertThat(WeightedMean.of(new double[] {NaN, 10}, new double[] {1, 1}, 0.5)).isEqualTo(10);
        assertThat(WeightedMean.of(new double[] {NaN, NaN}, new double[] {1, 1}, 1.0)).isNaN();
    }

    @Test
    void contributionsOfTheChildrenAddUpToTheScore() {
        double[] c = WeightedMean.contributions(new double[] {60, NaN, 30}, new double[] {1, 0.5, 1}, 0.5);
        assertThat(c[0]).isEqualTo(30);
        assertThat(c[1]).isNaN();
        assertThat(c[2]).isEqualTo(15);
    }

    @Test
    void efficiencyIsOutputOverInput() {
        // Hai Phong, PII 2023: input 56.45, output 48.20
        assertThat(WeightedMean.efficiency(56.45, 48.20)).isCloseTo(0.853853, within(1e-6));
        assertThat(WeightedMean.efficiency(NaN, 48.20)).isNaN();
        assertThat(WeightedMean.efficiency(0, 48.20)).isNaN();
    }

    @Test
    void tiesShareARankAndTheNextRankIsSkipped() {
        assertThat(Ranking.competition(new double[] {90, 80, 80, 70, NaN}, 2)).containsExactly(1, 2, 2, 4, 0);
    }

    @Test
    void scoresEqualAtThePublishedPrecisionAreTied() {
        assertThat(Ranking.competition(new double[] {52.324, 52.321, 52.33}, 2)).containsExactly(2, 2, 1);
        assertThat(Ranking.competition(new double[] {52.324, 52.321, 52.33}, 3)).containsExactly(2, 3, 1);
    }
}
