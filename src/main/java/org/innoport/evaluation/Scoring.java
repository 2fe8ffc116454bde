package org.innoport.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.evaluation.domain.Council;
import org.innoport.evaluation.domain.CouncilMember;
import org.innoport.evaluation.domain.CouncilRepository;
import org.innoport.evaluation.domain.ScoreSheet;
import org.innoport.evaluation.domain.ScoreSheetRepository;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What council members do themselves: declare conflicts of interest, fill their score sheets and sign them. The
 * caller is identified by their sign-in account, linked to the member's directory person.
 */
@Service
@Transactional
public class Scoring {

    private final CouncilRepository councils;
    private final ScoreSheetRepository sheets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Scoring(CouncilRepository councils, ScoreSheetRepository sheets, ApplicationEventPublisher events, Clock clock) {
        this.councils = councils;
        this.sheets = sheets;
        this.events = events;
        this.clock = clock;
    }

    public CouncilView declare(UUID councilId, NewDeclaration declaration) {
        Council council = load(councilId);
        CouncilMember me = me(council);
        String note = declaration.note() == null || declaration.note().isBlank() ? null : declaration.note().strip();
        if (declaration.conflict() && note == null) {
            throw new RuleViolationException("note", "evaluation.declaration.note-required");
        }
        List<UUID> declared = council.declare(me.getId(), declaration.dossierId(), declaration.conflict(), note,
                clock.instant());
        councils.flush();
        events.publishEvent(CouncilActivity.council(councilId, "council.declared", null, Map.of(
                "memberId", me.getId(), "dossiers", declared, "conflict", declaration.conflict(),
                "note", note == null ? "" : note)));
        return CouncilViews.view(council, sheets.findByCouncilIdAndMemberId(councilId, me.getId()));
    }

    /** The caller's own sheet for a dossier (404 when none yet). */
    @Transactional(readOnly = true)
    public SheetView mySheet(UUID councilId, UUID dossierId) {
        Council council = load(councilId);
        CouncilMember me = me(council);
        requireOpen(council, me, dossierId);
        return sheets.findByCouncilIdAndMemberIdAndDossierId(councilId, me.getId(), dossierId)
                .map(s -> CouncilViews.sheet(s, me.getDisplayName()))
                .orElseThrow(() -> new NotFoundException("score sheet", dossierId));
    }

    /** Sheets the caller may read: staff all of the council's, a member their own. */
    @Transactional(readOnly = true)
    public List<SheetView> sheets(UUID councilId) {
        Council council = load(councilId);
        if (EvaluationAccess.staff()) {
            return sheets.findByCouncilId(councilId).stream()
                    .map(s -> CouncilViews.sheet(s, council.member(s.getMemberId()).getDisplayName())).toList();
        }
        CouncilMember me = me(council);
        return sheets.findByCouncilIdAndMemberId(councilId, me.getId()).stream()
                .map(s -> CouncilViews.sheet(s, me.getDisplayName())).toList();
    }

    /** Creates or updates the caller's sheet; refused when signed, not declared, blocked, absent or not convened. */
    public SheetView save(UUID councilId, UUID dossierId, SheetInput input) {
        Council council = load(councilId);
        CouncilMember me = me(council);
        ScoreSheet sheet = sheets.findByCouncilIdAndMemberIdAndDossierId(councilId, me.getId(), dossierId).orElse(null);
        if (sheet != null) {
            sheet.requireUnsigned();
        }
        council.requireMayScore(me.getId(), dossierId);
        Map<String, java.math.BigDecimal> before = null;
        if (sheet == null) {
            if (input.version() != null && input.version() != 0) {
                throw new OptimisticLockingFailureException("score sheet " + dossierId);
            }
            sheet = new ScoreSheet(councilId, me.getId(), dossierId, clock.instant());
        } else {
            requireVersion(sheet, input.version());
            before = sheet.getPoints();
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        sheet.fill(input.scores(), comment, council.rules(), clock.instant());
        sheet = sheets.saveAndFlush(sheet);
        events.publishEvent(CouncilActivity.sheet(sheet.getId(), "sheet.saved",
                before == null ? null : Map.of("scores", before),
                Map.of("councilId", councilId, "dossierId", dossierId, "memberId", me.getId(),
                        "scores", sheet.getPoints(), "total", sheet.getTotal())));
        return CouncilViews.sheet(sheet, me.getDisplayName());
    }

    /** Signs the caller's sheet: complete, final. */
    public SheetView sign(UUID councilId, UUID dossierId, Long version) {
        Council council = load(councilId);
        CouncilMember me = me(council);
        ScoreSheet sheet = sheets.findByCouncilIdAndMemberIdAndDossierId(councilId, me.getId(), dossierId)
                .orElseThrow(() -> new NotFoundException("score sheet", dossierId));
        sheet.requireUnsigned();
        council.requireMayScore(me.getId(), dossierId);
        if (version != null) {
            requireVersion(sheet, version);
        }
        sheet.sign(council.rules(), clock.instant());
        sheets.flush();
        events.publishEvent(CouncilActivity.sheet(sheet.getId(), "sheet.signed", Map.of("signed", false), Map.of(
                "councilId", councilId, "dossierId", dossierId, "memberId", me.getId(), "scores", sheet.getPoints(),
                "total", sheet.getTotal(), "signedAt", sheet.getSignedAt())));
        return CouncilViews.sheet(sheet, me.getDisplayName());
    }

    private void requireOpen(Council council, CouncilMember me, UUID dossierId) {
        switch (council.access(me.getId(), dossierId)) {
            case BLOCKED_AFFILIATION, BLOCKED_DECLARED -> throw new CouncilRefusedException("council.member-conflicted");
            case UNDECLARED -> throw new CouncilRefusedException("council.not-declared");
            case OPEN -> {
            }
        }
    }

    private static void requireVersion(ScoreSheet sheet, Long version) {
        if (version == null) {
            throw new RuleViolationException("version", "evaluation.version.required");
        }
        if (sheet.getVersion() != version) {
            throw new OptimisticLockingFailureException("score sheet " + sheet.getId());
        }
    }

    private static CouncilMember me(Council council) {
        return council.memberFor(EvaluationAccess.username())
                .orElseThrow(() -> new AccessDeniedException("not a member of this council"));
    }

    private Council load(UUID id) {
        return councils.findById(id).orElseThrow(() -> new NotFoundException("council", id));
    }
}
