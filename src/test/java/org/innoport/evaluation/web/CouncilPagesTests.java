package org.innoport.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.directory.People;
import org.innoport.evaluation.CouncilManagement;
import org.innoport.evaluation.CouncilRole;
import org.innoport.evaluation.CouncilState;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.CouncilView;
import org.innoport.evaluation.Councils;
import org.innoport.evaluation.Dossier;
import org.innoport.evaluation.EvaluationMother;
import org.innoport.evaluation.NewCouncil;
import org.innoport.evaluation.NewMember;
import org.innoport.evaluation.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class CouncilPagesTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilManagement management;

    @Autowired
    Councils councils;

    @Autowired
    People people;

    @Autowired
    TestDossiers testDossiers;

    /** Seven expert-pool people shared by the tests of this class. */
    static List<UUID> persons;
    static String poolToken;

    record Setup(CouncilView council, Dossier dossier, String memberAccount) {
    }

    /** A DRAFT selection council of seven; member 0 has account {@code memberAccount}. */
    Setup draft() {
        if (persons == null) {
            poolToken = EvaluationMother.token();
            List<UUID> created = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                // names after "Nguyễn" so that the directory's own first pages keep the demo experts
                created.add(EvaluationMother.expert(people, "Vương Trang " + poolToken + " số " + i,
                        "evp-" + poolToken + "-" + i, EvaluationMother.FISHERIES_INSTITUTE).id());
            }
            persons = created;
        }
        String token = EvaluationMother.token();
        Dossier dossier = EvaluationMother.dossier("Hồ sơ trang: Vật liệu composite cho tàu", UUID.randomUUID(),
                EvaluationMother.MEDICAL_UNIVERSITY);
        UUID subject = testDossiers.batch(List.of(dossier));
        List<CouncilRole> roles = List.of(CouncilRole.CHAIR, CouncilRole.REVIEWER, CouncilRole.REVIEWER,
                CouncilRole.SCIENTIFIC_SECRETARY, CouncilRole.MEMBER, CouncilRole.MEMBER, CouncilRole.MEMBER);
        CouncilView council = EvaluationMother.asOfficer(() -> {
            CouncilView created = management.create(new NewCouncil(CouncilType.SELECTION,
                    "Hội đồng xét chọn Đổi mới sáng tạo " + token, "77/QĐ-SKHCN", LocalDate.of(2026, 11, 21),
                    new NewCouncil.Subject(TestDossiers.KIND, subject), null, null, null, null));
            CouncilView last = created;
            for (int i = 0; i < 7; i++) {
                last = management.addMember(created.id(), new NewMember(persons.get(i), roles.get(i)));
            }
            return last;
        });
        return new Setup(council, dossier, "evp-" + poolToken + "-0");
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOfficerSeesTheCouncilListAndTheDraftCouncilWithMembersDeclarationsAndTheAttendanceForm() throws Exception {
        Setup s = draft();
        String list = page(get("/councils").with(OFFICER));
        assertThat(list).contains(s.council().name()).contains("id=\"new-council\"");
        String detail = page(get("/councils/{id}", s.council().id()).with(OFFICER));
        assertThat(detail).contains(s.council().name()).contains("id=\"members-table\"").contains("Ủy viên phản biện")
                .contains("id=\"add-member-form\"").contains("id=\"convene-form\"").contains("data-confirm=")
                .contains("Chưa kê khai").doesNotContain("id=\"minutes\"");
    }

    @Test
    void theOfficerConvenesWithTheAttendanceFormAndThenSeesTheMinutesLinkAndTheCloseButton() throws Exception {
        Setup s = draft();
        MockHttpServletRequestBuilder convene = post("/councils/{id}/convene", s.council().id()).with(OFFICER).with(csrf());
        s.council().members().forEach(m -> convene.param("present", m.id().toString()));
        mvc.perform(convene).andExpect(status().is3xxRedirection());
        assertThat(EvaluationMother.asOfficer(() -> councils.get(s.council().id())).state()).isEqualTo(CouncilState.CONVENED);
        String detail = page(get("/councils/{id}", s.council().id()).with(OFFICER));
        assertThat(detail).contains("id=\"minutes\"").contains("id=\"close-form\"").doesNotContain("id=\"convene-form\"");
    }

    @Test
    void conveningWithTooFewPresentShowsTheQuorumMessageAndChangesNothing() throws Exception {
        Setup s = draft();
        mvc.perform(post("/councils/{id}/convene", s.council().id()).with(OFFICER).with(csrf())
                        .param("present", s.council().members().get(0).id().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("flash").toString()).contains("council.quorum-not-met"));
        assertThat(EvaluationMother.asOfficer(() -> councils.get(s.council().id())).state()).isEqualTo(CouncilState.DRAFT);
    }

    @Test
    void theOfficerConstitutesACouncilWithTheForm() throws Exception {
        UUID subject = testDossiers.batch(List.of(EvaluationMother.dossier("Hồ sơ mẫu", null, null)));
        mvc.perform(post("/councils/new").with(OFFICER).with(csrf()).param("type", "IDENTIFICATION")
                        .param("name", "Hội đồng xác định nhiệm vụ năm 2027").param("decisionNumber", "12/QĐ-SKHCN")
                        .param("decisionDate", "2026-11-25").param("subjectKind", TestDossiers.KIND)
                        .param("subjectId", subject.toString()).param("templateCode", "IDENTIFICATION"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/councils/*"));
        String form = page(get("/councils/new").with(OFFICER));
        assertThat(form).contains("id=\"council-form\"").contains("Phiếu đánh giá đề xuất đặt hàng");
    }

    @Test
    void aMemberSeesTheWorkspaceWithTheDeclarationFormButNotTheDossierSummaryBeforeDeclaring() throws Exception {
        Setup s = draft();
        RequestPostProcessor member = user(s.memberAccount()).roles("EXPERT");
        String list = page(get("/councils").with(member));
        assertThat(list).contains(s.council().name()).doesNotContain("id=\"new-council\"");
        String workspace = page(get("/councils/{id}", s.council().id()).with(member));
        assertThat(workspace).contains("id=\"my-dossiers\"").contains("id=\"declare-" + s.dossier().id() + "\"")
                .doesNotContain("Tóm tắt: ").doesNotContain("id=\"add-member-form\"");
        mvc.perform(get("/councils/{id}/dossiers/{d}", s.council().id(), s.dossier().id()).with(member))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anApplicantAndAnExpertOutsideTheCouncilAreRefused() throws Exception {
        Setup s = draft();
        mvc.perform(get("/councils/{id}", s.council().id()).with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/councils").with(user("applicant").roles("APPLICANT"))).andExpect(status().isForbidden());
        mvc.perform(get("/councils/{id}", s.council().id()).with(user("stranger").roles("EXPERT")))
                .andExpect(status().isForbidden());
    }
}
