package org.innoport.evaluation;

import java.math.BigDecimal;
import org.innoport.evaluation.domain.Composition;
import org.innoport.evaluation.scoring.AcceptanceRule;
import org.innoport.evaluation.scoring.AcceptanceRule.Share;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Council settings ({@code innoport.evaluation.*}); every value is a *default* of DOMAIN.md.
 *
 * @param passMark mean a dossier needs to pass (identification, selection)
 * @param minMembers fewest members of a selection or acceptance council
 * @param maxMembers most members of any council
 * @param identificationMinMembers fewest members of an identification council
 * @param quorumNumerator quorum share of members present, numerator (2 of 2/3)
 * @param quorumDenominator quorum share, denominator
 * @param excellentMean acceptance: mean needed for EXCELLENT
 * @param acceptancePassMean acceptance: mean needed for PASS (also the acceptance pass mark)
 */
@ConfigurationProperties("innoport.evaluation")
public record EvaluationProperties(@DefaultValue("70") BigDecimal passMark,
                                   @DefaultValue("7") int minMembers,
                                   @DefaultValue("9") int maxMembers,
                                   @DefaultValue("5") int identificationMinMembers,
                                   @DefaultValue("2") int quorumNumerator,
                                   @DefaultValue("3") int quorumDenominator,
                                   @DefaultValue("86") BigDecimal excellentMean,
                                   @DefaultValue("50") BigDecimal acceptancePassMean) {

    Composition composition(CouncilType type) {
        int min = type == CouncilType.IDENTIFICATION ? identificationMinMembers : minMembers;
        return new Composition(min, maxMembers, new Share(quorumNumerator, quorumDenominator));
    }

    BigDecimal passMark(CouncilType type) {
        return type == CouncilType.ACCEPTANCE ? acceptancePassMean : passMark;
    }

    AcceptanceRule acceptance(CouncilType type) {
        return type == CouncilType.ACCEPTANCE
                ? new AcceptanceRule(excellentMean, new Share(3, 4), acceptancePassMean, new Share(2, 3))
                : null;
    }
}
