package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.innoport.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
@WithMockUser(roles = "OFFICER")
class LabsAndMergeTests {

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    Labs labs;

    @Autowired
    EquipmentRegister equipment;

    @Autowired
    ApplicationEvents events;

    @Test
    void validOnDateCountsLabsAroundTheirValidityBoundaries() {
        var owner = organisations.create(DirectoryMother.organisation("Viện Phòng thí nghiệm " + DirectoryMother.token()), true);
        LocalDate from = LocalDate.of(2091, 3, 1);
        LocalDate to = LocalDate.of(2094, 2, 28);
        long before = labs.countValidOn(from);
        long lastDayBefore = labs.countValidOn(to);
        long dayAfterBefore = labs.countValidOn(to.plusDays(1));
        long dayBeforeBefore = labs.countValidOn(from.minusDays(1));
        var lab = labs.create(DirectoryMother.lab("PTN " + DirectoryMother.token(), owner.id(), from, to));
        assertThat(labs.countValidOn(from)).isEqualTo(before + 1);
        assertThat(labs.countValidOn(to)).isEqualTo(lastDayBefore + 1);
        assertThat(labs.countValidOn(to.plusDays(1))).isEqualTo(dayAfterBefore);
        assertThat(labs.countValidOn(from.minusDays(1))).isEqualTo(dayBeforeBefore);
        assertThat(labs.statusOn(lab.id(), to.minusDays(91))).isEqualTo(LabStatus.VALID);
        assertThat(labs.statusOn(lab.id(), to.minusDays(90))).isEqualTo(LabStatus.EXPIRING);
        assertThat(labs.statusOn(lab.id(), to.plusDays(1))).isEqualTo(LabStatus.EXPIRED);
    }

    @Test
    void accreditationDefaultsToThreeYearsAndCannotBeLonger() {
        var owner = organisations.create(DirectoryMother.organisation("Viện Ba năm " + DirectoryMother.token()), true);
        var lab = labs.create(DirectoryMother.lab("PTN " + DirectoryMother.token(), owner.id(), LocalDate.of(2024, 1, 1), null));
        assertThat(lab.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> labs.create(DirectoryMother.lab("PTN " + DirectoryMother.token(), owner.id(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 2))))
                .hasMessage("directory.lab.validity.three-years");
    }

    @Test
    void labListFiltersByStatusToday() {
        var owner = organisations.create(DirectoryMother.organisation("Viện Trạng thái " + DirectoryMother.token()), true);
        String token = DirectoryMother.token();
        LocalDate today = LocalDate.now();
        labs.create(DirectoryMother.lab("PTN Còn hạn " + token, owner.id(), today.minusYears(1), today.plusYears(1)));
        labs.create(DirectoryMother.lab("PTN Sắp hết hạn " + token, owner.id(), today.minusYears(2), today.plusDays(30)));
        labs.create(DirectoryMother.lab("PTN Hết hạn " + token, owner.id(), today.minusYears(3), today.minusDays(1)));
        for (LabStatus status : List.of(LabStatus.VALID, LabStatus.EXPIRING, LabStatus.EXPIRED)) {
            var page = labs.list(new Queries.LabQuery(token, owner.id(), null, status), PageRequest.of(0, 10));
            assertThat(page.getContent()).hasSize(1);
            assertThat(page.getContent().getFirst().status()).isEqualTo(status);
        }
    }

    @Test
    void mergeMovesReferencesKeepsBothRecordsAndPublishesAuditedEvents() {
        String token = DirectoryMother.token();
        var duplicate = organisations.create(DirectoryMother.organisation("Viện Hải dương học " + token), true);
        var survivor = organisations.create(DirectoryMother.organisation("Viện Hải dương học Việt Nam " + token), true);
        var child = organisations.create(new OrganisationDetails("Phòng Sinh vật biển " + token, null, null,
                OrganisationType.RESEARCH_INSTITUTE, null, null, null, null, null, null, null, duplicate.id(), null,
                Set.of(), null), true);
        var person = people.create(DirectoryMother.person("Đỗ Thị Mẫu " + token, duplicate.id(), null), true);
        var lab = labs.create(DirectoryMother.lab("PTN Hải dương " + token, duplicate.id(), LocalDate.of(2024, 1, 1), null));
        var item = equipment.create(new EquipmentDetails("Máy đo sâu " + token, duplicate.id(), lab.id(), "Khảo sát", null,
                2020, 1_500_000_000L, true, null));

        var merged = organisations.merge(duplicate.id(), duplicate.version(), survivor.id());

        assertThat(merged.id()).isEqualTo(survivor.id());
        var source = organisations.get(duplicate.id());
        assertThat(source.status()).isEqualTo(OrganisationStatus.MERGED);
        assertThat(source.mergedIntoId()).isEqualTo(survivor.id());
        assertThat(organisations.get(child.id()).parentId()).isEqualTo(survivor.id());
        assertThat(people.get(person.id()).affiliations()).extracting(PersonView.AffiliationView::organisationId)
                .containsExactly(survivor.id());
        assertThat(labs.get(lab.id()).organisationId()).isEqualTo(survivor.id());
        assertThat(equipment.get(item.id()).ownerOrganisationId()).isEqualTo(survivor.id());
        assertThat(people.list(new Queries.PersonQuery(null, survivor.id(), null, null), PageRequest.of(0, 5)).getContent())
                .extracting(PersonView::id).containsExactly(person.id());
        assertThat(events.stream(OrganisationsMerged.class))
                .anySatisfy(e -> {
                    assertThat(e.sourceId()).isEqualTo(duplicate.id());
                    assertThat(e.targetId()).isEqualTo(survivor.id());
                    assertThat(e.movedReferences()).containsEntry("affiliations", 1).containsEntry("labs", 1)
                            .containsEntry("equipment", 1).containsEntry("children", 1);
                    assertThat(e.action()).isEqualTo("organisation.merged");
                });
        assertThat(events.stream(org.innoport.shared.AuditedEvent.class).map(org.innoport.shared.AuditedEvent::action))
                .contains("organisation.created", "person.created", "lab.created", "equipment.created", "organisation.merged");
        assertThat(organisations.list(Queries.OrganisationQuery.text("Hai duong hoc " + token), PageRequest.of(0, 10))
                .getContent()).extracting(OrganisationView::id).doesNotContain(duplicate.id());
        var edit = DirectoryMother.organisation("X " + token);
        var stale = new OrganisationDetails(edit.name(), null, null, edit.type(), null, null, null, null, null, null, null,
                null, null, Set.of(), source.version());
        assertThatThrownBy(() -> organisations.update(duplicate.id(), stale))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void mergingPeopleMovesAffiliationsAndExpertFields() {
        String token = DirectoryMother.token();
        var org = organisations.create(DirectoryMother.organisation("Viện Chuyên gia " + token), true);
        var a = people.create(DirectoryMother.person("Vũ Văn Trùng " + token, org.id(), null), true);
        var b = people.create(DirectoryMother.person("Vũ Văn Trùng Lặp " + token, null, null), true);
        a = people.addToExpertPool(a.id(), a.version(), Set.of("405"), null);
        var survivor = people.merge(a.id(), a.version(), b.id());
        assertThat(survivor.affiliations()).extracting(PersonView.AffiliationView::organisationId).contains(org.id());
        assertThat(survivor.expert().member()).isTrue();
        assertThat(survivor.expert().fields()).contains("405");
        assertThat(people.get(a.id()).status()).isEqualTo(PersonStatus.MERGED);
        assertThat(events.stream(PeopleMerged.class)).hasSize(1);
    }

    @Test
    void aSimilarPersonNameGivesCandidates() {
        String token = DirectoryMother.token();
        people.create(DirectoryMother.person("Ngô Thị Hoà " + token, null, null), true);
        assertThatThrownBy(() -> people.create(DirectoryMother.person("Ngo Thi Hoa " + token, null, null), false))
                .isInstanceOfSatisfying(DuplicateCandidatesException.class,
                        e -> assertThat(e.candidates()).extracting(DuplicateCandidate::name).contains("Ngô Thị Hoà " + token));
    }
}
