package org.innoport.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innoport.directory.People;
import org.innoport.directory.PersonView;
import org.innoport.evaluation.domain.Council;
import org.innoport.evaluation.domain.CouncilMember;
import org.innoport.evaluation.domain.CouncilRepository;
import org.innoport.evaluation.domain.ScoreSheet;
import org.innoport.evaluation.domain.ScoreSheetRepository;
import org.innoport.evaluation.domain.ScoringTemplate;
import org.innoport.evaluation.domain.ScoringTemplateRepository;
import org.innoport.evaluation.scoring.Criterion;
import org.innoport.evaluation.scoring.ScoringRules;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What officers do with councils: constitute, add members, convene, close. Every transition is audited. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
public class CouncilManagement {

    private final CouncilRepository councils;
    private final ScoreSheetRepository sheets;
    private final ScoringTemplateRepository templates;
    private final People people;
    private final List<DossierSource> sources;
    private final EvaluationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilManagement(CouncilRepository councils, ScoreSheetRepository sheets, ScoringTemplateRepository templates,
                      People people, List<DossierSource> sources, EvaluationProperties properties,
                      ApplicationEventPublisher events, Clock clock) {
        this.councils = councils;
        this.sheets = sheets;
        this.templates = templates;
        this.people = people;
        this.sources = sources;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public CouncilView create(NewCouncil command) {
        CouncilSubject subject = command.subject().toSubject();
        DossierSource source = source(subject.kind());
        ScoringTemplate template = template(command);
        BigDecimal passMark = command.passMark() == null ? properties.passMark(command.type()) : command.passMark();
        ScoringRules rules;
        try {
            List<Criterion> criteria = template != null ? template.criteria() : command.criteria().stream()
                    .map(c -> new Criterion(c.code().strip(), c.nameVi().strip(), c.nameEn() == null ? c.nameVi() : c.nameEn(),
                            c.maxPoints(), c.minimum(), c.tieBreak())).toList();
            rules = new ScoringRules(criteria, passMark);
        } catch (ScoringRules.InvalidScoringRulesException e) {
            throw new RuleViolationException("criteria", e.messageKey());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("criteria", "evaluation.criteria.invalid");
        }
        Council council = new Council(UUID.randomUUID(), command.type(), command.name().strip(),
                command.decisionNumber().strip(), command.decisionDate(), subject,
                template == null ? null : template.getCode(), rules, EvaluationAccess.username(), clock.instant());
        council.takeDossiers(source.dossiers(subject));
        councils.saveAndFlush(council);
        events.publishEvent(CouncilActivity.council(council.getId(), "council.created", null, Map.of(
                "type", command.type(), "name", council.getName(), "decisionNumber", council.getDecisionNumber(),
                "subject", subject, "dossiers", council.getDossiers().size())));
        return view(council);
    }

    public CouncilView addMember(UUID councilId, NewMember command) {
        Council council = load(councilId);
        PersonView person = people.get(command.personId());
        if (person.expert() == null || !person.expert().member()) {
            throw new RuleViolationException("personId", "evaluation.member.not-expert");
        }
        LocalDate today = LocalDate.now(clock);
        Set<UUID> organisations = person.affiliations().stream()
                .filter(a -> a.to() == null || !a.to().isBefore(today))
                .map(PersonView.AffiliationView::organisationId).collect(Collectors.toSet());
        String account = person.personal() == null ? null : person.personal().accountUsername();
        CouncilMember member = council.addMember(person.id(), person.fullName(), account, command.role(), organisations,
                properties.composition(council.getType()), clock.instant());
        councils.flush();
        events.publishEvent(CouncilActivity.council(councilId, "council.member-added", null, Map.of(
                "memberId", member.getId(), "personId", person.id(), "name", person.fullName(), "role", command.role())));
        return view(council);
    }

    public CouncilView removeMember(UUID councilId, UUID memberId) {
        Council council = load(councilId);
        CouncilMember member = council.removeMember(memberId);
        councils.flush();
        events.publishEvent(CouncilActivity.council(councilId, "council.member-removed", Map.of(
                "memberId", memberId, "personId", member.getPersonId(), "role", member.getRole()), null));
        return view(council);
    }

    /** Takes the current dossiers from their owning module, checks composition and quorum, records attendance. */
    public CouncilView convene(UUID councilId, Attendance attendance) {
        Council council = load(councilId);
        if (council.getState() == CouncilState.DRAFT) {
            council.takeDossiers(source(council.subject().kind()).dossiers(council.subject()));
        }
        council.convene(attendance.present(), attendance.writtenReviews(), attendance.viceChairAuthorised(),
                properties.composition(council.getType()), clock.instant());
        councils.flush();
        events.publishEvent(CouncilActivity.council(councilId, "council.convened", Map.of("state", "DRAFT"), Map.of(
                "state", council.getState(), "present", attendance.present(),
                "writtenReviews", attendance.writtenReviews(), "viceChairAuthorised", attendance.viceChairAuthorised(),
                "dossiers", council.getDossiers().size())));
        return view(council);
    }

    /** Closes when every present, unblocked member signed every dossier; publishes {@link CouncilClosed}. */
    public CouncilView close(UUID councilId) {
        Council council = load(councilId);
        List<ScoreSheet> all = sheets.findByCouncilId(councilId);
        council.close((member, dossier) -> all.stream().anyMatch(s -> s.isSigned() && s.getMemberId().equals(member)
                && s.getDossierId().equals(dossier)), clock.instant());
        councils.flush();
        List<DossierResult> results = CouncilResults.compute(council, all, properties);
        events.publishEvent(new CouncilClosed(councilId, council.getType(), council.subject(),
                council.getDecisionNumber(), results, council.getClosedAt()));
        return view(council);
    }

    private CouncilView view(Council council) {
        return CouncilViews.view(council, List.of());
    }

    private ScoringTemplate template(NewCouncil command) {
        if (command.templateId() != null) {
            return templates.findById(command.templateId())
                    .orElseThrow(() -> new RuleViolationException("templateId", "evaluation.template.unknown"));
        }
        if (command.templateCode() != null && !command.templateCode().isBlank()) {
            return templates.findByCode(command.templateCode().strip())
                    .orElseThrow(() -> new RuleViolationException("templateCode", "evaluation.template.unknown"));
        }
        if (command.criteria() != null && !command.criteria().isEmpty()) {
            return null;
        }
        return templates.findFirstByCouncilTypeOrderByCode(command.type())
                .orElseThrow(() -> new RuleViolationException("templateId", "evaluation.template.unknown"));
    }

    private DossierSource source(String kind) {
        return sources.stream().filter(s -> s.supports(kind)).findFirst()
                .orElseThrow(() -> new RuleViolationException("subject.kind", "evaluation.subject.unsupported", kind));
    }

    private Council load(UUID id) {
        return councils.findById(id).orElseThrow(() -> new NotFoundException("council", id));
    }
}
