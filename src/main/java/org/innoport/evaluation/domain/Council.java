package org.innoport.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.innoport.evaluation.CouncilRefusedException;
import org.innoport.evaluation.CouncilRole;
import org.innoport.evaluation.CouncilState;
import org.innoport.evaluation.CouncilState.Command;
import org.innoport.evaluation.CouncilSubject;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.Dossier;
import org.innoport.evaluation.scoring.ScoringRules;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;

/**
 * A council (hội đồng): legal decision, members with roles, the dossiers it evaluates, conflict-of-interest
 * declarations and attendance. Guards its own lifecycle ({@link CouncilState#ALLOWED}).
 */
@Entity
@Table(name = "council", schema = "evaluation")
public class Council {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private CouncilType type;
    private String name;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String subjectKind;
    private UUID subjectId;
    private String templateCode;
    private BigDecimal passMark;
    @Enumerated(EnumType.STRING)
    private CouncilState state;
    private String secretaryUsername;
    private boolean viceChairAuthorised;
    private Instant createdAt;
    private Instant convenedAt;
    private Instant closedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "council_criterion", schema = "evaluation", joinColumns = @JoinColumn(name = "council_id"))
    @BatchSize(size = 50)
    private List<CriterionEntry> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt")
    @BatchSize(size = 50)
    private List<CouncilMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<CouncilDossier> dossiers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration", schema = "evaluation", joinColumns = @JoinColumn(name = "council_id"))
    @BatchSize(size = 50)
    private List<Declaration> declarations = new ArrayList<>();

    protected Council() {
    }

    public Council(UUID id, CouncilType type, String name, String decisionNumber, LocalDate decisionDate,
                   CouncilSubject subject, String templateCode, ScoringRules rules, String secretaryUsername,
                   Instant now) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.templateCode = templateCode;
        this.passMark = rules.passMark();
        this.state = CouncilState.DRAFT;
        this.secretaryUsername = secretaryUsername;
        this.createdAt = now;
        for (int i = 0; i < rules.criteria().size(); i++) {
            criteria.add(new CriterionEntry(i + 1, rules.criteria().get(i)));
        }
    }

    // --- commands ---

    public CouncilMember addMember(UUID personId, String displayName, String accountUsername, CouncilRole role,
                                   Set<UUID> organisationIds, Composition composition, Instant now) {
        require(Command.EDIT_MEMBERS);
        if (members.stream().anyMatch(m -> m.getPersonId().equals(personId))) {
            throw new CouncilRefusedException("council.member-duplicate");
        }
        if (members.stream().filter(m -> m.getRole() == role).count() >= role.maximum()) {
            throw new CouncilRefusedException("council.role-taken", role.name());
        }
        if (members.size() >= composition.maxMembers()) {
            throw new CouncilRefusedException("council.full", composition.maxMembers());
        }
        CouncilMember member = new CouncilMember(UUID.randomUUID(), this, personId, displayName, accountUsername, role,
                organisationIds, now);
        members.add(member);
        return member;
    }

    public CouncilMember removeMember(UUID memberId) {
        require(Command.EDIT_MEMBERS);
        CouncilMember member = member(memberId);
        members.remove(member);
        declarations.removeIf(d -> d.getMemberId().equals(memberId));
        return member;
    }

    /** Takes the dossiers the owning module lists now; declarations on dossiers still listed are kept. */
    public void takeDossiers(List<Dossier> current) {
        require(Command.EDIT_DOSSIERS);
        Set<UUID> ids = current.stream().map(Dossier::id).collect(Collectors.toSet());
        dossiers.removeIf(d -> !ids.contains(d.getDossierId()));
        declarations.removeIf(d -> !ids.contains(d.getDossierId()));
        Map<UUID, CouncilDossier> kept = dossiers.stream()
                .collect(Collectors.toMap(CouncilDossier::getDossierId, Function.identity()));
        int position = dossiers.stream().mapToInt(CouncilDossier::getPosition).max().orElse(0);
        for (Dossier d : current) {
            if (!kept.containsKey(d.id())) {
                dossiers.add(new CouncilDossier(this, d, ++position));
            }
        }
    }

    /**
     * The member declares on one dossier, or on every dossier not yet declared ({@code dossierId} null).
     *
     * @return the dossiers declared on
     */
    public List<UUID> declare(UUID memberId, UUID dossierId, boolean conflict, String note, Instant now) {
        require(Command.DECLARE);
        member(memberId);
        List<UUID> targets;
        if (dossierId == null) {
            targets = dossiers.stream().map(CouncilDossier::getDossierId)
                    .filter(d -> declaration(memberId, d).isEmpty()).toList();
        } else {
            dossier(dossierId);
            if (declaration(memberId, dossierId).isPresent()) {
                throw new CouncilRefusedException("council.already-declared");
            }
            targets = List.of(dossierId);
        }
        for (UUID target : targets) {
            declarations.add(new Declaration(memberId, target, conflict, note, now));
        }
        return targets;
    }

    /**
     * Records attendance and convenes. Refused when the composition is not complete or the quorum is not met.
     *
     * @param present the members present in person
     * @param writtenReviews the reviewers absent who sent a written review
     * @param viceChairAuthorised the chair authorised the vice-chair in writing to chair the meeting
     */
    public void convene(Set<UUID> present, Set<UUID> writtenReviews, boolean viceChairAuthorised,
                        Composition composition, Instant now) {
        require(Command.CONVENE);
        for (UUID id : present) {
            member(id);
        }
        if (members.size() < composition.minMembers() || members.size() > composition.maxMembers()) {
            throw new CouncilRefusedException("council.composition-invalid", composition.minMembers(),
                    composition.maxMembers());
        }
        for (CouncilRole role : CouncilRole.values()) {
            long count = members.stream().filter(m -> m.getRole() == role).count();
            if (count < role.required() || count > role.maximum()) {
                throw new CouncilRefusedException("council.composition-invalid", composition.minMembers(),
                        composition.maxMembers());
            }
        }
        if (dossiers.isEmpty()) {
            throw new CouncilRefusedException("council.no-dossiers");
        }
        boolean chaired = members.stream().anyMatch(m -> m.getRole() == CouncilRole.CHAIR && present.contains(m.getId()))
                || viceChairAuthorised && members.stream()
                        .anyMatch(m -> m.getRole() == CouncilRole.VICE_CHAIR && present.contains(m.getId()));
        boolean reviewed = members.stream().filter(m -> m.getRole() == CouncilRole.REVIEWER)
                .allMatch(m -> present.contains(m.getId()) || writtenReviews.contains(m.getId()));
        boolean enough = composition.quorum().reachedBy(present.size(), members.size());
        if (!chaired || !reviewed || !enough) {
            throw new CouncilRefusedException("council.quorum-not-met");
        }
        for (CouncilMember m : members) {
            boolean isPresent = present.contains(m.getId());
            m.attend(isPresent, !isPresent && m.getRole() == CouncilRole.REVIEWER && writtenReviews.contains(m.getId()));
        }
        this.viceChairAuthorised = viceChairAuthorised;
        this.convenedAt = now;
        this.state = CouncilState.TRANSITIONS.get(Command.CONVENE);
    }

    /** Refuses unless the member may score this dossier now: convened, present, declared, not blocked. */
    public void requireMayScore(UUID memberId, UUID dossierId) {
        if (!state.allows(Command.SCORE)) {
            throw new CouncilRefusedException(state == CouncilState.CLOSED ? "council.closed" : "council.not-convened");
        }
        CouncilMember member = member(memberId);
        dossier(dossierId);
        switch (access(memberId, dossierId)) {
            case BLOCKED_AFFILIATION, BLOCKED_DECLARED -> throw new CouncilRefusedException("council.member-conflicted");
            case UNDECLARED -> throw new CouncilRefusedException("council.not-declared");
            case OPEN -> {
            }
        }
        if (!member.isPresent()) {
            throw new CouncilRefusedException("council.member-absent");
        }
    }

    /**
     * Closes the council.
     *
     * @param signed whether a (member, dossier) sheet is signed
     */
    public void close(java.util.function.BiPredicate<UUID, UUID> signed, Instant now) {
        require(Command.CLOSE);
        for (CouncilMember m : members) {
            if (!m.isPresent()) {
                continue;
            }
            for (CouncilDossier d : dossiers) {
                DossierAccess access = access(m.getId(), d.getDossierId());
                if (!access.blocked() && !signed.test(m.getId(), d.getDossierId())) {
                    throw new CouncilRefusedException("council.sheets-unsigned");
                }
            }
        }
        this.closedAt = now;
        this.state = CouncilState.TRANSITIONS.get(Command.CLOSE);
    }

    // --- queries ---

    public DossierAccess access(UUID memberId, UUID dossierId) {
        CouncilMember member = member(memberId);
        CouncilDossier dossier = dossier(dossierId);
        if (dossier.getTeamPersonIds().contains(member.getPersonId())
                || dossier.getHostOrganisationId() != null
                        && member.getOrganisationIds().contains(dossier.getHostOrganisationId())) {
            return DossierAccess.BLOCKED_AFFILIATION;
        }
        return declaration(memberId, dossierId)
                .map(d -> d.isConflict() ? DossierAccess.BLOCKED_DECLARED : DossierAccess.OPEN)
                .orElse(DossierAccess.UNDECLARED);
    }

    public Optional<Declaration> declaration(UUID memberId, UUID dossierId) {
        return declarations.stream()
                .filter(d -> d.getMemberId().equals(memberId) && d.getDossierId().equals(dossierId)).findFirst();
    }

    public Optional<CouncilMember> memberFor(String username) {
        return members.stream().filter(m -> m.isAccount(username)).findFirst();
    }

    public CouncilMember member(UUID memberId) {
        return members.stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("council member", memberId));
    }

    public CouncilDossier dossier(UUID dossierId) {
        return dossiers.stream().filter(d -> d.getDossierId().equals(dossierId)).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier", dossierId));
    }

    public ScoringRules rules() {
        return new ScoringRules(criteria.stream().sorted(Comparator.comparingInt(CriterionEntry::getPosition))
                .map(CriterionEntry::toCriterion).toList(), passMark);
    }

    public CouncilSubject subject() {
        return new CouncilSubject(subjectKind, subjectId);
    }

    private void require(Command command) {
        if (!state.allows(command)) {
            throw new IllegalTransitionException("evaluation.error.state", state.name(), command.name());
        }
    }

    public UUID getId() {
        return id;
    }

    public CouncilType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public CouncilState getState() {
        return state;
    }

    public String getSecretaryUsername() {
        return secretaryUsername;
    }

    public boolean isViceChairAuthorised() {
        return viceChairAuthorised;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConvenedAt() {
        return convenedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public List<CouncilMember> getMembers() {
        return List.copyOf(members);
    }

    public List<CouncilDossier> getDossiers() {
        return List.copyOf(dossiers);
    }

    public List<Declaration> getDeclarations() {
        return List.copyOf(declarations);
    }
}
