package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DirectoryApiTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    String body(Object value) {
        return json.writeValueAsString(value);
    }

    JsonNode createOrganisation(OrganisationDetails details) throws Exception {
        String response = mvc.perform(post("/api/v1/organisations").with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(details)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    @Test
    void anyoneCanListAndReadOrganisations() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("q", "hang hai"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Trường Đại học Hàng hải Việt Nam")))
                .andExpect(jsonPath("$.page").value(0));
        UUID id = DemoDirectory.organisationId("Viện Nghiên cứu hải sản");
        mvc.perform(get("/api/v1/organisations/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentName").value("Bộ Nông nghiệp và Phát triển Nông thôn"))
                .andExpect(jsonPath("$.version").isNumber());
    }

    @Test
    void officerCreatesAnOrganisationAndTheSameTaxCodeIsRejectedWithAClearMessage() throws Exception {
        String taxCode = DirectoryMother.taxCode();
        String token = DirectoryMother.token();
        JsonNode created = createOrganisation(DirectoryMother.organisation("Viện Thử nghiệm " + token, taxCode));
        assertThat(created.get("taxCode").asString()).isEqualTo(taxCode);
        mvc.perform(post("/api/v1/organisations").with(OFFICER).with(csrf()).header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(DirectoryMother.organisation("Công ty Khác hẳn " + DirectoryMother.token(), taxCode))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Viện Thử nghiệm " + token)));
    }

    @Test
    void invalidTaxCodeAndOrcidAreFieldErrorsInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(OFFICER).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(DirectoryMother.organisation("Viện " + DirectoryMother.token(), "0101248142"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("taxCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Invalid tax code")));
        mvc.perform(post("/api/v1/organisations").with(OFFICER).with(csrf()).header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(DirectoryMother.organisation("", null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."));
    }

    @Test
    void nearDuplicateNameGivesCandidatesUntilTheOfficerConfirms() throws Exception {
        var details = DirectoryMother.organisation("Truong DH Hang hai VN");
        mvc.perform(post("/api/v1/organisations").with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(details)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("directory.duplicate-candidates"))
                .andExpect(jsonPath("$.candidates[0].name").value("Trường Đại học Hàng hải Việt Nam"));
        mvc.perform(get("/api/v1/organisations/duplicate-candidates").with(OFFICER).param("name", "Trường ĐH Hàng hải VN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(DemoDirectory.organisationId("Trường Đại học Hàng hải Việt Nam").toString()));
    }

    @Test
    void applicantsAndAnonymousCannotChangeTheDirectory() throws Exception {
        var details = DirectoryMother.organisation("Viện " + DirectoryMother.token());
        mvc.perform(post("/api/v1/organisations").with(APPLICANT).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(details)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(details)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonNode created = createOrganisation(DirectoryMother.organisation("Viện Phiên bản " + DirectoryMother.token()));
        String id = created.get("id").asString();
        var base = DirectoryMother.organisation(created.get("name").asString());
        var update = new OrganisationDetails(base.name(), "Version Institute", base.abbreviation(), base.type(), null,
                null, null, null, null, null, base.province(), null, null, base.fields(), 0L);
        mvc.perform(put("/api/v1/organisations/{id}", id).with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(update)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.nameEn").value("Version Institute"));
        mvc.perform(put("/api/v1/organisations/{id}", id).with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(update)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("version.conflict"));
    }

    @Test
    void statusChangesNeedTheVersionAndMergedIsOnlyReachedByMerging() throws Exception {
        JsonNode created = createOrganisation(DirectoryMother.organisation("Viện Trạng thái " + DirectoryMother.token()));
        String id = created.get("id").asString();
        mvc.perform(post("/api/v1/organisations/{id}/change-status", id).with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"INACTIVE\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INACTIVE"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/organisations/{id}/change-status", id).with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"MERGED\",\"version\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("state.illegal-transition"));
    }

    @Test
    void scienceTechnologyOrganisationIsDerivedFromTheRegistration() throws Exception {
        var base = DirectoryMother.organisation("Viện Đăng ký " + DirectoryMother.token());
        var registered = new OrganisationDetails(base.name(), null, null, base.type(), null, null, "ĐK-" + DirectoryMother.token(),
                java.time.LocalDate.of(2020, 1, 2), null, null, null, null, null, base.fields(), null);
        assertThat(createOrganisation(registered).get("scienceTechnologyOrganisation").asBoolean()).isTrue();
        assertThat(createOrganisation(DirectoryMother.organisation("Viện Chưa đăng ký " + DirectoryMother.token()))
                .get("scienceTechnologyOrganisation").asBoolean()).isFalse();
        mvc.perform(get("/api/v1/organisations").param("scienceTechnology", "true").param("q", registered.name()))
                .andDo(org.springframework.test.web.servlet.result.MockMvcResultHandlers.print())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value(registered.name()));
    }

    @Test
    void classificationHasSixFieldsAndAtLeastFortySixSectors() throws Exception {
        String response = mvc.perform(get("/api/v1/classifications")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode entries = json.readTree(response);
        long fields = 0;
        long sectors = 0;
        for (JsonNode entry : entries) {
            if ("FIELD".equals(entry.get("level").asString())) {
                fields++;
            } else {
                sectors++;
            }
        }
        assertThat(fields).isEqualTo(6);
        assertThat(sectors).isGreaterThanOrEqualTo(46);
    }

    @Test
    @WithMockUser
    void unknownFieldCodeIsRejected() throws Exception {
        var base = DirectoryMother.organisation("Viện " + DirectoryMother.token());
        var details = new OrganisationDetails(base.name(), null, null, base.type(), null, null, null, null, null, null,
                null, null, null, java.util.Set.of("999"), null);
        mvc.perform(post("/api/v1/organisations").with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(details)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields"));
    }
}
