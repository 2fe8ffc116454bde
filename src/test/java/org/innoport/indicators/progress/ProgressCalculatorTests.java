package org.innoport.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.innoport.indicators.Forecast;
import org.innoport.indicators.Rating;
import org.innoport.indicators.TargetKind;
import org.innoport.indicators.progress.ProgressCalculator.Point;
import org.innoport.indicators.progress.ProgressCalculator.Spec;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTests {

    @Test
    void doublingFrom2020To2025Requires14Point87PercentAYear() {
        var p = ProgressCalculator.assess(new Spec(TargetKind.FACTOR, 2025, null, null, 2020, 2.0, null, false, false),
                List.of());
        assertThat(p.requiredRate()).isCloseTo(14.8698, within(1e-4));
        assertThat(p.rating()).isEqualTo(Rating.NOT_ENOUGH_DATA);
    }

    @Test
    void twentyPercentAYearCompoundsToTimes2Point488OverFiveYears() {
        assertThat(ProgressCalculator.multiple(20, 5)).isCloseTo(2.48832, within(1e-9));
    }

    @Test
    void ratesObservedAgainstRequiredGrowthWithTheDomainThresholds() {
        Spec doubling = new Spec(TargetKind.FACTOR, 2025, null, null, 2020, 2.0, null, false, false);
        // 100 -> 130 in 2 years: 14.02 %/year observed vs 14.87 required: R = 0.943 -> acceleration needed
        var p = ProgressCalculator.assess(doubling, List.of(new Point(2020, 100), new Point(2022, 130)));
        assertThat(p.observedRate()).isCloseTo(14.0175, within(1e-4));
        assertThat(p.ratio()).isCloseTo(0.9427, within(1e-4));
        assertThat(p.rating()).isEqualTo(Rating.ACCELERATION_NEEDED);
        assertThat(ProgressCalculator.assess(doubling, List.of(new Point(2020, 100), new Point(2022, 132))).rating())
                .isEqualTo(Rating.ON_TRACK);
        assertThat(ProgressCalculator.assess(doubling, List.of(new Point(2020, 100), new Point(2022, 110))).rating())
                .isEqualTo(Rating.LIMITED_PROGRESS);
        assertThat(ProgressCalculator.assess(doubling, List.of(new Point(2020, 100), new Point(2022, 90))).rating())
                .isEqualTo(Rating.DETERIORATION);
        assertThat(ProgressCalculator.assess(doubling, List.of(new Point(2020, 100), new Point(2023, 210))).rating())
                .isEqualTo(Rating.ON_TRACK);
    }

    @Test
    void levelTargetsInPercentagePointsUseLinearSlopes() {
        // technology renewal 15 %/yr in 2020, 2021, 2022; target 18 by 2025: required 0.6 pp/yr, observed 0
        Spec renewal = new Spec(TargetKind.LEVEL, 2025, 18.0, null, null, null, null, false, true);
        var p = ProgressCalculator.assess(renewal, List.of(new Point(2020, 15), new Point(2021, 15), new Point(2022, 15)));
        assertThat(p.requiredRate()).isCloseTo(0.6, within(1e-12));
        assertThat(p.observedRate()).isZero();
        assertThat(p.rating()).isEqualTo(Rating.LIMITED_PROGRESS);
        var faster = ProgressCalculator.assess(renewal, List.of(new Point(2020, 15), new Point(2022, 16.2)));
        assertThat(faster.ratio()).isCloseTo(1.0, within(1e-9));
        assertThat(faster.rating()).isEqualTo(Rating.ON_TRACK);
    }

    @Test
    void aLowerIsBetterTargetRewardsFalling() {
        Spec rank = new Spec(TargetKind.LEVEL, 2030, 1.0, null, null, null, null, true, true);
        assertThat(ProgressCalculator.assess(rank, List.of(new Point(2020, 5), new Point(2023, 3))).rating())
                .isEqualTo(Rating.ON_TRACK);
        assertThat(ProgressCalculator.assess(rank, List.of(new Point(2020, 3), new Point(2023, 5))).rating())
                .isEqualTo(Rating.DETERIORATION);
    }

    @Test
    void withTwoPointsThereIsNoForecast() {
        Forecast f = Forecaster.forecast(List.of(new Point(2020, 1), new Point(2021, 2)), 2025, false);
        assertThat(f.available()).isFalse();
        assertThat(f.method()).isEqualTo("none");
    }

    @Test
    void anExactLinearSeriesIsReproducedWithAZeroWidthInterval() {
        List<Point> line = List.of(new Point(2018, 3), new Point(2019, 5), new Point(2020, 7), new Point(2021, 9));
        Forecast f = Forecaster.forecast(line, 2025, false);
        assertThat(f.method()).isEqualTo("linear");
        assertThat(f.value()).isCloseTo(17, within(1e-9));
        assertThat(f.low()).isCloseTo(17, within(1e-9));
        assertThat(f.high()).isCloseTo(17, within(1e-9));
    }

    @Test
    void aConstantGrowthSeriesIsReproducedLogLinearlyAndANoisyOneGetsAnInterval() {
        List<Point> growth = List.of(new Point(2020, 100), new Point(2021, 120), new Point(2022, 144));
        Forecast f = Forecaster.forecast(growth, 2025, true);
        assertThat(f.method()).isEqualTo("log-linear");
        assertThat(f.value()).isCloseTo(100 * Math.pow(1.2, 5), within(1e-6));
        Forecast noisy = Forecaster.forecast(List.of(new Point(2020, 1), new Point(2021, 3), new Point(2022, 2),
                new Point(2023, 4)), 2025, false);
        // slope 0.8, value at 2025: 5.3; s = sqrt(1.8/2); half-width t(2)=4.303 × s × sqrt(1 + 1/4 + 12.25/5)
        double half = 4.303 * Math.sqrt(0.9) * Math.sqrt(1 + 0.25 + 12.25 / 5);
        assertThat(noisy.value()).isCloseTo(5.3, within(1e-9));
        assertThat(noisy.high() - noisy.value()).isCloseTo(half, within(1e-9));
    }
}
