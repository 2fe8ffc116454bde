package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** People's contact and birth data reach staff and the person only, never applicants or the public. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class PeoplePrivacyTests {

    static final UUID AN = DemoDirectory.personId("Nguyễn Văn An");

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousCallersGetNoPeopleAtAll() throws Exception {
        mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/people/{id}", AN)).andExpect(status().isUnauthorized());
    }

    @Test
    void anApplicantSeesNamesAndAffiliationsButNoContactOrExpertData() throws Exception {
        String body = mvc.perform(get("/api/v1/people/{id}", AN).with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$.affiliations[0].organisationName").value("Trường Đại học Hàng hải Việt Nam"))
                .andExpect(jsonPath("$.personal").doesNotExist())
                .andExpect(jsonPath("$.expert").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("@mau.invalid").doesNotContain("0900").doesNotContain("1975");
        String list = mvc.perform(get("/api/v1/people").param("q", "nguyen van an").with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Nguyễn Văn An").doesNotContain("@mau.invalid").doesNotContain("0900");
    }

    @Test
    void anApplicantCannotListTheExpertPool() throws Exception {
        mvc.perform(get("/api/v1/people").param("expert", "true").with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerSeesContactBirthAndExpertData() throws Exception {
        mvc.perform(get("/api/v1/people/{id}", AN).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personal.email").value("nguyen.van.an@mau.invalid"))
                .andExpect(jsonPath("$.personal.birthDate").value("1975-03-14"))
                .andExpect(jsonPath("$.expert.member").value(true));
        mvc.perform(get("/api/v1/people").param("expert", "true").param("q", "nguyen van an")
                        .with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].personal.phone").value("0900 000 001"));
    }

    @Test
    void thePersonThemselfSeesTheirOwnContactDataButNotOthers() throws Exception {
        mvc.perform(get("/api/v1/people/{id}", AN).with(user("expert").roles("EXPERT")))
                .andExpect(jsonPath("$.personal.email").value("nguyen.van.an@mau.invalid"))
                .andExpect(jsonPath("$.expert").doesNotExist());
        mvc.perform(get("/api/v1/people/{id}", DemoDirectory.personId("Trần Thị Bình")).with(user("expert").roles("EXPERT")))
                .andExpect(jsonPath("$.personal").doesNotExist());
    }
}
