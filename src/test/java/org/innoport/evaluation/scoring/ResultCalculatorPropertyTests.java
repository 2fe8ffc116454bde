package org.innoport.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.innoport.evaluation.DossierResult;

class ResultCalculatorPropertyTests {

    static final ResultCalculator CALCULATOR = new ResultCalculator(ResultCalculatorTests.RULES, null);

    @Provide
    Arbitrary<SheetScores> sheets() {
        Arbitrary<BigDecimal> c1 = points(30);
        Arbitrary<BigDecimal> c2 = points(40);
        Arbitrary<BigDecimal> c3 = points(30);
        return Combinators.combine(c1, c2, c3).as((a, b, c) -> new SheetScores(Map.of("C1", a, "C2", b, "C3", c)));
    }

    static Arbitrary<BigDecimal> points(int max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(2);
    }

    @Property
    void theMeanAlwaysLiesBetweenTheLowestAndTheHighestValidSheetTotal(
            @ForAll @Size(min = 1, max = 9) List<@From("sheets") SheetScores> sheets) {
        DossierResult result = CALCULATOR.compute(List.of(new DossierSheets(UUID.randomUUID(), null, sheets))).getFirst();
        BigDecimal lowest = sheets.stream().map(SheetScores::total).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal highest = sheets.stream().map(SheetScores::total).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(result.mean()).isBetween(lowest, highest);
    }

    @Property
    void everyCriterionMeanLiesWithinZeroAndItsMaximum(@ForAll @Size(min = 1, max = 9) List<@From("sheets") SheetScores> sheets) {
        DossierResult result = CALCULATOR.compute(List.of(new DossierSheets(UUID.randomUUID(), null, sheets))).getFirst();
        assertThat(result.criteria()).allSatisfy(c ->
                assertThat(c.mean()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(c.maxPoints())));
    }

    @Property
    void theBestDossierOfAGroupAlwaysHasRankOne(@ForAll @Size(min = 1, max = 5) List<@From("sheets") SheetScores> sheets) {
        UUID group = UUID.randomUUID();
        List<DossierSheets> dossiers = sheets.stream()
                .map(s -> new DossierSheets(UUID.randomUUID(), group, List.of(s))).toList();
        List<DossierResult> results = CALCULATOR.compute(dossiers);
        assertThat(results).anySatisfy(r -> assertThat(r.rankInGroup()).isEqualTo(1));
        assertThat(results).allSatisfy(r -> assertThat(r.rankInGroup()).isBetween(1, sheets.size()));
    }
}
