package org.innoport.evaluation;

import java.util.List;
import org.innoport.evaluation.domain.Council;
import org.innoport.evaluation.domain.CouncilMember;
import org.innoport.evaluation.domain.DossierAccess;
import org.innoport.evaluation.domain.ScoreSheet;
import org.innoport.evaluation.scoring.DossierSheets;
import org.innoport.evaluation.scoring.ResultCalculator;

/** Valid sheets of a council: signed, by a member present, on a dossier open to that member. */
final class CouncilResults {

    private CouncilResults() {
    }

    static List<ScoreSheet> valid(Council council, List<ScoreSheet> sheets, java.util.UUID dossierId) {
        return sheets.stream().filter(s -> s.getDossierId().equals(dossierId) && s.isSigned()).filter(s -> {
            CouncilMember m = council.getMembers().stream().filter(x -> x.getId().equals(s.getMemberId()))
                    .findFirst().orElse(null);
            return m != null && m.isPresent() && council.access(m.getId(), dossierId) == DossierAccess.OPEN;
        }).toList();
    }

    static List<DossierResult> compute(Council council, List<ScoreSheet> sheets, EvaluationProperties properties) {
        List<DossierSheets> dossiers = council.getDossiers().stream().map(d -> new DossierSheets(d.getDossierId(),
                d.getGroupId(), valid(council, sheets, d.getDossierId()).stream().map(ScoreSheet::scores).toList()))
                .toList();
        return new ResultCalculator(council.rules(), properties.acceptance(council.getType())).compute(dossiers);
    }
}
