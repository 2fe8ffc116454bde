package org.innoport.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innoport.evaluation.domain.Council;
import org.innoport.evaluation.domain.CouncilRepository;
import org.innoport.evaluation.domain.ScoreSheet;
import org.innoport.evaluation.domain.ScoreSheetRepository;
import org.innoport.evaluation.domain.ScoringTemplateRepository;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The councils of the department: what other modules may ask about council outcomes ({@link #results},
 * {@link #closedCouncilFor}, {@link #feedback}: no caller checks, the calling module decides who may see), and the
 * reads of the council pages and API (which check the caller).
 */
@Service
@Transactional(readOnly = true)
public class Councils {

    private final CouncilRepository councils;
    private final ScoreSheetRepository sheets;
    private final ScoringTemplateRepository templates;
    private final EvaluationProperties properties;

    Councils(CouncilRepository councils, ScoreSheetRepository sheets, ScoringTemplateRepository templates,
             EvaluationProperties properties) {
        this.councils = councils;
        this.sheets = sheets;
        this.templates = templates;
        this.properties = properties;
    }

    /** The results of a CLOSED council; 409 {@code state.illegal-transition} if it is not CLOSED. */
    public List<DossierResult> results(UUID councilId) {
        Council council = load(councilId);
        if (council.getState() != CouncilState.CLOSED) {
            throw new IllegalTransitionException("evaluation.error.not-closed");
        }
        return CouncilResults.compute(council, sheets.findByCouncilId(councilId), properties);
    }

    /** The latest CLOSED council of that subject. */
    public Optional<UUID> closedCouncilFor(CouncilSubject subject) {
        return councils.findFirstBySubjectKindAndSubjectIdAndStateOrderByClosedAtDesc(subject.kind(), subject.id(),
                CouncilState.CLOSED).map(Council::getId);
    }

    /**
     * Aggregated feedback of a dossier after its (latest) council closed: means and the members' comments, never
     * member names or per-member scores. The caller checked {@link DossierSource#mayReadFeedback}.
     */
    public ApplicantFeedback feedback(UUID dossierId) {
        Council council = councils.findByDossierAndState(dossierId, CouncilState.CLOSED).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("feedback", dossierId));
        List<ScoreSheet> all = sheets.findByCouncilId(council.getId());
        DossierResult result = CouncilResults.compute(council, all, properties).stream()
                .filter(r -> r.dossierId().equals(dossierId)).findFirst().orElseThrow();
        List<String> comments = new ArrayList<>(CouncilResults.valid(council, all, dossierId).stream()
                .map(ScoreSheet::getComment).filter(c -> c != null && !c.isBlank()).toList());
        java.util.Collections.shuffle(comments, new java.util.Random(dossierId.hashCode()));
        return new ApplicantFeedback(dossierId, result.mean(), result.passed(), result.criteria(), List.copyOf(comments));
    }

    /** Councils the caller may see: staff all, a member their own. */
    public Page<CouncilSummary> list(Pageable pageable) {
        if (EvaluationAccess.staff()) {
            return councils.findAll(pageable).map(CouncilViews::summary);
        }
        return councils.findByMemberAccount(EvaluationAccess.username(), pageable).map(CouncilViews::summary);
    }

    /** A council as the caller may see it (403 for someone neither staff nor member). */
    public CouncilView get(UUID councilId) {
        Council council = load(councilId);
        List<ScoreSheet> mine = council.memberFor(EvaluationAccess.username())
                .map(m -> sheets.findByCouncilIdAndMemberId(councilId, m.getId())).orElse(List.of());
        return CouncilViews.view(council, mine);
    }

    public List<TemplateView> templates() {
        return templates.findAllByOrderByCode().stream().map(t -> new TemplateView(t.getId(), t.getCode(),
                t.getCouncilType(), t.getNameVi(), t.getNameEn(), CouncilViews.criteria(t.criteria()))).toList();
    }

    private Council load(UUID id) {
        return councils.findById(id).orElseThrow(() -> new NotFoundException("council", id));
    }
}
