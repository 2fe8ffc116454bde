package org.innoport.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innoport.evaluation.CouncilView.BlockView;
import org.innoport.evaluation.CouncilView.CriterionView;
import org.innoport.evaluation.CouncilView.DeclarationView;
import org.innoport.evaluation.CouncilView.DossierView;
import org.innoport.evaluation.CouncilView.MemberView;
import org.innoport.evaluation.CouncilView.Membership;
import org.innoport.evaluation.CouncilView.MyDossier;
import org.innoport.evaluation.domain.Council;
import org.innoport.evaluation.domain.CouncilDossier;
import org.innoport.evaluation.domain.CouncilMember;
import org.innoport.evaluation.domain.DossierAccess;
import org.innoport.evaluation.domain.ScoreSheet;
import org.innoport.evaluation.scoring.Criterion;
import org.springframework.security.access.AccessDeniedException;

/** Maps councils and sheets to what the caller may see. */
final class CouncilViews {

    private CouncilViews() {
    }

    /** Staff see everything; members see their own part; everyone else is refused. */
    static CouncilView view(Council c, List<ScoreSheet> callerSheets) {
        boolean staff = EvaluationAccess.staff();
        CouncilMember me = c.memberFor(EvaluationAccess.username()).orElse(null);
        if (!staff && me == null) {
            throw new AccessDeniedException("council");
        }
        List<DossierView> dossiers = c.getDossiers().stream().map(d -> new DossierView(d.getDossierId(), d.getGroupId(),
                d.getTitle(), d.getHostOrganisationId(),
                staff || c.access(me.getId(), d.getDossierId()) == DossierAccess.OPEN ? d.getSummary() : null)).toList();
        List<DeclarationView> declarations = c.getDeclarations().stream()
                .filter(d -> staff || d.getMemberId().equals(me.getId()))
                .map(d -> new DeclarationView(d.getMemberId(), d.getDossierId(), d.isConflict(), d.getNote(),
                        d.getDeclaredAt())).toList();
        List<BlockView> blocks = new ArrayList<>();
        if (staff) {
            for (CouncilMember m : c.getMembers()) {
                for (CouncilDossier d : c.getDossiers()) {
                    DossierAccess access = c.access(m.getId(), d.getDossierId());
                    if (access.blocked()) {
                        blocks.add(new BlockView(m.getId(), d.getDossierId(),
                                access == DossierAccess.BLOCKED_AFFILIATION ? "AFFILIATION" : "DECLARED"));
                    }
                }
            }
        }
        Membership membership = me == null ? null : membership(c, me, callerSheets);
        return new CouncilView(c.getId(), c.getType(), c.getName(), c.getDecisionNumber(), c.getDecisionDate(),
                c.subject(), c.getState(), c.getPassMark(), c.getTemplateCode(), c.getSecretaryUsername(),
                c.isViceChairAuthorised(), criteria(c.rules().criteria()), members(c), dossiers, declarations, blocks,
                membership, c.getCreatedAt(), c.getConvenedAt(), c.getClosedAt(), c.getVersion());
    }

    static List<CriterionView> criteria(List<Criterion> criteria) {
        return criteria.stream().map(k -> new CriterionView(k.code(), k.nameVi(), k.nameEn(), k.maxPoints(),
                k.minimum(), k.tieBreak())).toList();
    }

    static CouncilSummary summary(Council c) {
        return new CouncilSummary(c.getId(), c.getType(), c.getName(), c.getDecisionNumber(), c.getDecisionDate(),
                c.subject(), c.getState(), c.getMembers().size(), c.getDossiers().size());
    }

    static SheetView sheet(ScoreSheet s, String memberName) {
        return new SheetView(s.getId(), s.getCouncilId(), s.getDossierId(), s.getMemberId(), memberName,
                s.getPoints(), s.getTotal(), s.getComment(), s.isSigned(), s.getSignedAt(), s.getVersion());
    }

    private static List<MemberView> members(Council c) {
        return c.getMembers().stream().map(m -> new MemberView(m.getId(), m.getPersonId(), m.getDisplayName(),
                m.getRole(), m.isPresent(), m.isWrittenReview())).toList();
    }

    private static Membership membership(Council c, CouncilMember me, List<ScoreSheet> sheets) {
        Map<UUID, ScoreSheet> byDossier = sheets.stream().filter(s -> s.getMemberId().equals(me.getId()))
                .collect(Collectors.toMap(ScoreSheet::getDossierId, Function.identity()));
        List<MyDossier> mine = c.getDossiers().stream().map(d -> {
            ScoreSheet s = byDossier.get(d.getDossierId());
            String sheet = s == null ? "NONE" : s.isSigned() ? "SIGNED" : "DRAFT";
            BigDecimal total = s == null ? null : s.getTotal();
            return new MyDossier(d.getDossierId(), d.getTitle(), c.access(me.getId(), d.getDossierId()).name(), sheet,
                    total);
        }).toList();
        return new Membership(me.getId(), me.getRole(), me.isPresent(), mine);
    }
}
