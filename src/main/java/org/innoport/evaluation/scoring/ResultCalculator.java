package org.innoport.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.evaluation.CriterionScore;
import org.innoport.evaluation.DossierResult;

/**
 * Computes council results from valid sheets. Plain Java: no Spring, no database.
 *
 * <ul>
 *   <li>mean = mean of the valid sheets' totals, scale 2 HALF_UP; per-criterion means likewise;</li>
 *   <li>passed = mean ≥ pass mark and every criterion with a minimum has a criterion mean ≥ that minimum
 *       (for acceptance councils additionally the rating is not FAIL);</li>
 *   <li>ranking within a group: passing dossiers first, then by mean, then by the tie-break criterion mean, all
 *       descending; dossiers equal on all three share a rank (1, 1, 3);</li>
 *   <li>a dossier without valid sheets has mean 0 and fails.</li>
 * </ul>
 */
public final class ResultCalculator {

    public static final int SCALE = 2;

    private final ScoringRules rules;
    private final AcceptanceRule acceptance;

    /**
     * @param rules criteria and pass mark
     * @param acceptance the acceptance rating rule, or null for councils that do not rate (identification, selection)
     */
    public ResultCalculator(ScoringRules rules, AcceptanceRule acceptance) {
        this.rules = rules;
        this.acceptance = acceptance;
    }

    public List<DossierResult> compute(List<DossierSheets> dossiers) {
        List<Unranked> unranked = dossiers.stream().map(this::score).toList();
        Map<UUID, List<Unranked>> groups = new LinkedHashMap<>();
        for (Unranked u : unranked) {
            groups.computeIfAbsent(u.groupId(), g -> new ArrayList<>()).add(u);
        }
        Map<UUID, Integer> ranks = new LinkedHashMap<>();
        Comparator<Unranked> best = Comparator.comparing(Unranked::passed).reversed()
                .thenComparing(Unranked::mean, Comparator.reverseOrder())
                .thenComparing(Unranked::tieBreakMean, Comparator.nullsLast(Comparator.reverseOrder()));
        for (List<Unranked> group : groups.values()) {
            List<Unranked> sorted = group.stream().sorted(best).toList();
            for (int i = 0; i < sorted.size(); i++) {
                Unranked current = sorted.get(i);
                int rank = i + 1;
                if (i > 0 && best.compare(sorted.get(i - 1), current) == 0) {
                    rank = ranks.get(sorted.get(i - 1).dossierId());
                }
                ranks.put(current.dossierId(), rank);
            }
        }
        return unranked.stream().map(u -> new DossierResult(u.dossierId(), u.groupId(), u.validSheets(), u.mean(),
                u.passed(), u.tieBreakMean(), ranks.get(u.dossierId()), u.rating(), u.criteria())).toList();
    }

    /** Mean of values at scale 2 HALF_UP; zero for no values. */
    public static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }

    private Unranked score(DossierSheets dossier) {
        List<SheetScores> sheets = dossier.validSheets();
        List<BigDecimal> totals = sheets.stream().map(SheetScores::total).toList();
        BigDecimal mean = mean(totals);
        List<CriterionScore> criteria = new ArrayList<>();
        boolean minimumsMet = true;
        BigDecimal tieBreakMean = null;
        for (Criterion c : rules.criteria()) {
            BigDecimal criterionMean = mean(sheets.stream().map(s -> s.of(c.code())).toList());
            criteria.add(new CriterionScore(c.code(), c.nameVi(), c.maxPoints(), criterionMean));
            if (c.minimum() != null && criterionMean.compareTo(c.minimum()) < 0) {
                minimumsMet = false;
            }
            if (c.tieBreak()) {
                tieBreakMean = criterionMean;
            }
        }
        boolean passed = !sheets.isEmpty() && mean.compareTo(rules.passMark()) >= 0 && minimumsMet;
        String rating = null;
        if (acceptance != null) {
            rating = sheets.isEmpty() ? AcceptanceRule.FAIL : acceptance.rate(mean, totals);
            passed = passed && !AcceptanceRule.FAIL.equals(rating);
        }
        return new Unranked(dossier.dossierId(), dossier.groupId(), sheets.size(), mean, passed, tieBreakMean, rating,
                List.copyOf(criteria));
    }

    private record Unranked(UUID dossierId, UUID groupId, int validSheets, BigDecimal mean, boolean passed,
                            BigDecimal tieBreakMean, String rating, List<CriterionScore> criteria) {
    }
}
