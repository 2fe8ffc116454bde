package org.innoport.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.evaluation.CouncilRefusedException;
import org.innoport.evaluation.CouncilRole;
import org.innoport.evaluation.CouncilState;
import org.innoport.evaluation.CouncilSubject;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.Dossier;
import org.innoport.evaluation.scoring.AcceptanceRule.Share;
import org.innoport.evaluation.scoring.Criterion;
import org.innoport.evaluation.scoring.ScoringRules;
import org.innoport.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** The council aggregate's own rules, without Spring or a database. */
class CouncilTests {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    static final Composition DEFAULT = new Composition(7, 9, new Share(2, 3));
    static final ScoringRules RULES = new ScoringRules(List.of(new Criterion("C1", "a", "a", 60, null, false),
            new Criterion("C2", "b", "b", 40, null, true)), BigDecimal.valueOf(70));
    static final List<CouncilRole> SEVEN = List.of(CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.REVIEWER,
            CouncilRole.REVIEWER, CouncilRole.SCIENTIFIC_SECRETARY, CouncilRole.MEMBER, CouncilRole.MEMBER);

    final UUID host = UUID.randomUUID();
    final UUID elsewhere = UUID.randomUUID();
    final List<UUID> persons = new ArrayList<>();
    final List<UUID> members = new ArrayList<>();

    Council council(Dossier... dossiers) {
        Council council = new Council(UUID.randomUUID(), CouncilType.SELECTION, "Hội đồng", "1/QĐ", LocalDate.of(2026, 1, 1),
                new CouncilSubject("test", UUID.randomUUID()), null, RULES, "officer", NOW);
        for (CouncilRole role : SEVEN) {
            UUID person = UUID.randomUUID();
            persons.add(person);
            members.add(council.addMember(person, "Chuyên gia", "u" + persons.size(), role, Set.of(elsewhere), DEFAULT, NOW)
                    .getId());
        }
        council.takeDossiers(List.of(dossiers));
        return council;
    }

    Dossier dossier(Set<UUID> team) {
        return new Dossier(UUID.randomUUID(), null, "Hồ sơ", host, team, "Tóm tắt");
    }

    @Test
    void aMemberOnTheTeamIsBlockedAutomaticallyAndOthersWaitForTheirDeclaration() {
        Council council = new Council(UUID.randomUUID(), CouncilType.SELECTION, "Hội đồng", "1/QĐ",
                LocalDate.of(2026, 1, 1), new CouncilSubject("test", UUID.randomUUID()), null, RULES, "officer", NOW);
        UUID teamPerson = UUID.randomUUID();
        UUID member = council.addMember(teamPerson, "A", "a", CouncilRole.CHAIR, Set.of(), DEFAULT, NOW).getId();
        UUID other = council.addMember(UUID.randomUUID(), "B", "b", CouncilRole.MEMBER, Set.of(), DEFAULT, NOW).getId();
        Dossier d = dossier(Set.of(teamPerson));
        council.takeDossiers(List.of(d));
        assertThat(council.access(member, d.id())).isEqualTo(DossierAccess.BLOCKED_AFFILIATION);
        assertThat(council.access(other, d.id())).isEqualTo(DossierAccess.UNDECLARED);
        council.declare(other, d.id(), false, null, NOW);
        assertThat(council.access(other, d.id())).isEqualTo(DossierAccess.OPEN);
    }

    @Test
    void aMemberAffiliatedWithTheHostIsBlocked() {
        Council council = new Council(UUID.randomUUID(), CouncilType.SELECTION, "Hội đồng", "1/QĐ",
                LocalDate.of(2026, 1, 1), new CouncilSubject("test", UUID.randomUUID()), null, RULES, "officer", NOW);
        UUID member = council.addMember(UUID.randomUUID(), "A", "a", CouncilRole.CHAIR, Set.of(host), DEFAULT, NOW).getId();
        Dossier d = dossier(Set.of());
        council.takeDossiers(List.of(d));
        assertThat(council.access(member, d.id())).isEqualTo(DossierAccess.BLOCKED_AFFILIATION);
    }

    @Test
    void declaringOnAllCoversOnlyDossiersNotYetDeclaredAndADeclarationIsFinal() {
        Dossier a = dossier(Set.of());
        Dossier b = dossier(Set.of());
        Council council = council(a, b);
        council.declare(members.get(0), a.id(), true, "đồng tác giả", NOW);
        assertThat(council.declare(members.get(0), null, false, null, NOW)).containsExactly(b.id());
        assertThat(council.access(members.get(0), a.id())).isEqualTo(DossierAccess.BLOCKED_DECLARED);
        assertThatThrownBy(() -> council.declare(members.get(0), a.id(), false, null, NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.already-declared"));
    }

    @Test
    void theQuorumNeedsTwoThirdsTheChairOrAnAuthorisedViceChairAndBothReviewers() {
        Council council = council(dossier(Set.of()));
        Set<UUID> allButChair = new HashSet<>(members.subList(1, 7));
        assertThatThrownBy(() -> council.convene(allButChair, Set.of(), false, DEFAULT, NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.quorum-not-met"));
        Set<UUID> fourOfSeven = Set.copyOf(members.subList(0, 4));
        assertThatThrownBy(() -> council.convene(fourOfSeven, Set.of(), false, DEFAULT, NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.quorum-not-met"));
        assertThat(council.getState()).isEqualTo(CouncilState.DRAFT);
        Set<UUID> withoutReviewer = new HashSet<>(allButChair);
        withoutReviewer.remove(members.get(2));
        council.convene(withoutReviewer, Set.of(members.get(2)), true, DEFAULT, NOW);
        assertThat(council.getState()).isEqualTo(CouncilState.CONVENED);
        assertThat(council.member(members.get(2)).isWrittenReview()).isTrue();
        assertThat(council.member(members.get(0)).isPresent()).isFalse();
    }

    @Test
    void rolesAreLimitedAndTheCouncilHasAtMostNineMembers() {
        Council council = council(dossier(Set.of()));
        assertThatThrownBy(() -> council.addMember(UUID.randomUUID(), "X", "x", CouncilRole.REVIEWER, Set.of(), DEFAULT, NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.role-taken"));
        council.addMember(UUID.randomUUID(), "X", "x", CouncilRole.MEMBER, Set.of(), DEFAULT, NOW);
        council.addMember(UUID.randomUUID(), "Y", "y", CouncilRole.MEMBER, Set.of(), DEFAULT, NOW);
        assertThatThrownBy(() -> council.addMember(UUID.randomUUID(), "Z", "z", CouncilRole.MEMBER, Set.of(), DEFAULT, NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.full"));
        assertThatThrownBy(() -> council.addMember(persons.get(0), "X", "x", CouncilRole.MEMBER, Set.of(), DEFAULT, NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.member-duplicate"));
    }

    @Test
    void membersCannotScoreBeforeTheCouncilConvenesNorChangeOnceItIsConvened() {
        Dossier d = dossier(Set.of());
        Council council = council(d);
        council.declare(members.get(5), d.id(), false, null, NOW);
        assertThatThrownBy(() -> council.requireMayScore(members.get(5), d.id()))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.not-convened"));
        council.convene(Set.copyOf(members.subList(0, 6)), Set.of(), false, DEFAULT, NOW);
        council.requireMayScore(members.get(5), d.id());
        council.declare(members.get(6), d.id(), false, null, NOW);
        assertThatThrownBy(() -> council.requireMayScore(members.get(6), d.id()))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.member-absent"));
        assertThatThrownBy(() -> council.addMember(UUID.randomUUID(), "X", "x", CouncilRole.MEMBER, Set.of(), DEFAULT, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void closingNeedsEveryPresentUnblockedMemberToHaveSigned() {
        Dossier d = dossier(Set.of());
        Council council = council(d);
        council.convene(Set.copyOf(members), Set.of(), false, DEFAULT, NOW);
        assertThatThrownBy(() -> council.close((m, x) -> !m.equals(members.get(3)), NOW))
                .isInstanceOfSatisfying(CouncilRefusedException.class, e -> assertThat(e.code()).isEqualTo("council.sheets-unsigned"));
        council.close((m, x) -> true, NOW);
        assertThat(council.getState()).isEqualTo(CouncilState.CLOSED);
        assertThat(CouncilState.CLOSED.allows(CouncilState.Command.SCORE)).isFalse();
    }
}
