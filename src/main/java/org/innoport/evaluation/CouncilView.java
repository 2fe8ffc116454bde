package org.innoport.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A council as the caller may see it. Staff see everything; a member sees the members, the dossier titles, their own
 * declarations and, in {@code me}, which dossiers are open to them; a dossier's summary only once it is open to them.
 */
public record CouncilView(UUID id, CouncilType type, String name, String decisionNumber, LocalDate decisionDate,
                          CouncilSubject subject, CouncilState state, BigDecimal passMark, String templateCode,
                          String secretaryUsername, boolean viceChairAuthorised, List<CriterionView> criteria,
                          List<MemberView> members, List<DossierView> dossiers, List<DeclarationView> declarations,
                          List<BlockView> blocks, Membership me, Instant createdAt, Instant convenedAt,
                          Instant closedAt, long version) {

    public record CriterionView(String code, String nameVi, String nameEn, int maxPoints, BigDecimal minimum,
                                boolean tieBreak) {
    }

    public record MemberView(UUID id, UUID personId, String name, CouncilRole role, boolean present,
                             boolean writtenReview) {
    }

    /** {@code summary} is null unless the dossier is open to the caller (or the caller is staff). */
    public record DossierView(UUID id, UUID groupId, String title, UUID hostOrganisationId, String summary) {
    }

    public record DeclarationView(UUID memberId, UUID dossierId, boolean conflict, String note, Instant declaredAt) {
    }

    /** A member may not sit on a dossier: reason AFFILIATION (host organisation or team) or DECLARED. */
    public record BlockView(UUID memberId, UUID dossierId, String reason) {
    }

    /** The caller's own seat on the council. */
    public record Membership(UUID memberId, CouncilRole role, boolean present, List<MyDossier> dossiers) {
    }

    /**
     * access: UNDECLARED, BLOCKED_AFFILIATION, BLOCKED_DECLARED, OPEN; sheet: NONE, DRAFT, SIGNED.
     */
    public record MyDossier(UUID dossierId, String title, String access, String sheet, BigDecimal total) {
    }

    public CriterionView criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    public MemberView member(UUID memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst().orElse(null);
    }

    public DossierView dossier(UUID dossierId) {
        return dossiers.stream().filter(d -> d.id().equals(dossierId)).findFirst().orElse(null);
    }

    /**
     * For staff pages: a member's standing on a dossier, from blocks and declarations: BLOCKED_AFFILIATION,
     * BLOCKED_DECLARED, OPEN (declared no conflict) or UNDECLARED.
     */
    public String standing(UUID memberId, UUID dossierId) {
        for (BlockView b : blocks) {
            if (b.memberId().equals(memberId) && b.dossierId().equals(dossierId)) {
                return "AFFILIATION".equals(b.reason()) ? "BLOCKED_AFFILIATION" : "BLOCKED_DECLARED";
            }
        }
        for (DeclarationView d : declarations) {
            if (d.memberId().equals(memberId) && d.dossierId().equals(dossierId)) {
                return d.conflict() ? "BLOCKED_DECLARED" : "OPEN";
            }
        }
        return "UNDECLARED";
    }
}
