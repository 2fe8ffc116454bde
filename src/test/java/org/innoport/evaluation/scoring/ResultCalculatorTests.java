package org.innoport.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.evaluation.DossierResult;
import org.junit.jupiter.api.Test;

class ResultCalculatorTests {

    static final List<Criterion> CRITERIA = List.of(
            new Criterion("C1", "Tính cấp thiết", "Urgency", 30, null, false),
            new Criterion("C2", "Nội dung khoa học", "Scientific content", 40, new BigDecimal("20"), true),
            new Criterion("C3", "Khả năng ứng dụng", "Applicability", 30, null, false));
    static final ScoringRules RULES = new ScoringRules(CRITERIA, BigDecimal.valueOf(70));
    static final ResultCalculator SELECTION = new ResultCalculator(RULES, null);

    static SheetScores sheet(int c1, int c2, int c3) {
        return new SheetScores(Map.of("C1", BigDecimal.valueOf(c1), "C2", BigDecimal.valueOf(c2), "C3",
                BigDecimal.valueOf(c3)));
    }

    static DossierResult only(ResultCalculator calculator, List<SheetScores> sheets) {
        return calculator.compute(List.of(new DossierSheets(UUID.randomUUID(), UUID.randomUUID(), sheets))).getFirst();
    }

    @Test
    void theMeanIsTheMeanOfTheSheetTotalsRoundedHalfUpToTwoDecimals() {
        DossierResult result = only(SELECTION, List.of(sheet(25, 30, 20), sheet(20, 30, 20), sheet(25, 35, 25)));
        // totals 75, 70, 85 -> 76.666... -> 76.67
        assertThat(result.mean()).isEqualByComparingTo("76.67");
        assertThat(result.validSheets()).isEqualTo(3);
        assertThat(result.criteria()).extracting(c -> c.mean().toPlainString()).containsExactly("23.33", "31.67", "21.67");
        assertThat(result.passed()).isTrue();
        assertThat(result.rating()).isNull();
    }

    @Test
    void aMeanExactlyAtThePassMarkPassesAndJustBelowFails() {
        assertThat(only(SELECTION, List.of(sheet(20, 30, 20))).passed()).isTrue();
        assertThat(only(SELECTION, List.of(sheet(20, 30, 20), sheet(20, 30, 19))).passed()).isFalse();
    }

    @Test
    void aCriterionMeanBelowItsMinimumFailsTheDossierWhateverItsTotal() {
        DossierResult result = only(SELECTION, List.of(sheet(30, 19, 30), sheet(30, 20, 30)));
        assertThat(result.mean()).isEqualByComparingTo("79.50");
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aDossierWithoutValidSheetsFailsWithMeanZero() {
        DossierResult result = only(SELECTION, List.of());
        assertThat(result.mean()).isEqualByComparingTo("0");
        assertThat(result.passed()).isFalse();
    }

    @Test
    void rankingPutsPassingFirstByMeanAndBreaksTiesWithTheTieBreakCriterion() {
        UUID group = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        List<DossierResult> results = SELECTION.compute(List.of(
                new DossierSheets(a, group, List.of(sheet(30, 25, 25))),   // 80, tie-break 25
                new DossierSheets(b, group, List.of(sheet(20, 35, 25))),   // 80, tie-break 35
                new DossierSheets(c, group, List.of(sheet(30, 35, 25))),   // 90
                new DossierSheets(d, group, List.of(sheet(10, 30, 10))))); // 50 fails
        assertThat(rank(results, c)).isEqualTo(1);
        assertThat(rank(results, b)).isEqualTo(2);
        assertThat(rank(results, a)).isEqualTo(3);
        assertThat(rank(results, d)).isEqualTo(4);
    }

    @Test
    void dossiersEqualOnMeanAndTieBreakShareARankAndTheNextRankIsSkipped() {
        UUID group = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<DossierResult> results = SELECTION.compute(List.of(
                new DossierSheets(a, group, List.of(sheet(20, 30, 30))),
                new DossierSheets(b, group, List.of(sheet(30, 30, 20))),
                new DossierSheets(c, group, List.of(sheet(20, 30, 20)))));
        assertThat(rank(results, a)).isEqualTo(1);
        assertThat(rank(results, b)).isEqualTo(1);
        assertThat(rank(results, c)).isEqualTo(3);
    }

    @Test
    void aFailingDossierRanksAfterAPassingOneEvenWithAHigherMean() {
        UUID group = UUID.randomUUID();
        UUID highButBelowMinimum = UUID.randomUUID();
        UUID lowerPassing = UUID.randomUUID();
        List<DossierResult> results = SELECTION.compute(List.of(
                new DossierSheets(highButBelowMinimum, group, List.of(sheet(30, 10, 30))), // 70 but C2 < 20
                new DossierSheets(lowerPassing, group, List.of(sheet(20, 20, 30)))));      // 70 passes
        assertThat(rank(results, lowerPassing)).isEqualTo(1);
        assertThat(rank(results, highButBelowMinimum)).isEqualTo(2);
    }

    @Test
    void ranksAreComputedWithinEachGroupSeparately() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<DossierResult> results = SELECTION.compute(List.of(
                new DossierSheets(a, UUID.randomUUID(), List.of(sheet(30, 40, 30))),
                new DossierSheets(b, UUID.randomUUID(), List.of(sheet(20, 30, 20)))));
        assertThat(rank(results, a)).isEqualTo(1);
        assertThat(rank(results, b)).isEqualTo(1);
    }

    @Test
    void acceptanceIsExcellentWithAHighMeanAndThreeQuartersOfMembersRatingExcellent() {
        ResultCalculator acceptance = new ResultCalculator(new ScoringRules(CRITERIA, BigDecimal.valueOf(50)),
                AcceptanceRule.DEFAULT);
        DossierResult excellent = only(acceptance, List.of(sheet(28, 38, 28), sheet(27, 36, 27), sheet(26, 35, 26),
                sheet(25, 30, 25)));  // 94, 90, 87, 80 -> mean 87.75, 3 of 4 excellent
        assertThat(excellent.rating()).isEqualTo("EXCELLENT");
        assertThat(excellent.passed()).isTrue();
        DossierResult pass = only(acceptance, List.of(sheet(28, 38, 28), sheet(27, 36, 27), sheet(25, 30, 25),
                sheet(25, 30, 25)));  // mean 87 but only 2 of 4 excellent
        assertThat(pass.rating()).isEqualTo("PASS");
    }

    @Test
    void acceptanceFailsWhenFewerThanTwoThirdsRatePassEvenWithAMeanAboveFifty() {
        ResultCalculator acceptance = new ResultCalculator(new ScoringRules(CRITERIA, BigDecimal.valueOf(50)),
                AcceptanceRule.DEFAULT);
        DossierResult result = only(acceptance, List.of(sheet(30, 40, 30), sheet(15, 20, 10), sheet(15, 20, 10)));
        // totals 100, 45, 45 -> mean 63.33; 1 of 3 at 50 or above
        assertThat(result.rating()).isEqualTo("FAIL");
        assertThat(result.passed()).isFalse();
    }

    @Test
    void templatesMustSumToOneHundredWithAtMostOneTieBreak() {
        assertThatThrownBy(() -> new ScoringRules(List.of(new Criterion("A", "a", "a", 60, null, false),
                new Criterion("B", "b", "b", 30, null, false)), BigDecimal.valueOf(70)))
                .hasMessage("evaluation.criteria.sum-not-100");
        assertThatThrownBy(() -> new ScoringRules(List.of(new Criterion("A", "a", "a", 50, null, true),
                new Criterion("B", "b", "b", 50, null, true)), BigDecimal.valueOf(70)))
                .hasMessage("evaluation.criteria.one-tie-break");
    }

    @Test
    void aCriterionAcceptsPointsOnlyWithinZeroAndItsMaximum() {
        Criterion c = CRITERIA.getFirst();
        assertThat(c.accepts(new BigDecimal("30"))).isTrue();
        assertThat(c.accepts(new BigDecimal("0"))).isTrue();
        assertThat(c.accepts(new BigDecimal("30.5"))).isFalse();
        assertThat(c.accepts(new BigDecimal("-1"))).isFalse();
        assertThat(c.accepts(new BigDecimal("12.345"))).isFalse();
    }

    static int rank(List<DossierResult> results, UUID id) {
        return results.stream().filter(r -> r.dossierId().equals(id)).findFirst().orElseThrow().rankInGroup();
    }
}
