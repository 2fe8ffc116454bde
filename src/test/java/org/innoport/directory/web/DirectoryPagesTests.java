package org.innoport.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.innoport.directory.DirectoryMother;
import org.innoport.directory.ImportFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DirectoryPagesTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final UUID MARITIME = UUID.nameUUIDFromBytes("organisation:Trường Đại học Hàng hải Việt Nam".getBytes(StandardCharsets.UTF_8));
    static final UUID AN = UUID.nameUUIDFromBytes("person:Nguyễn Văn An".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("??");
        return html;
    }

    @Test
    void anonymousVisitorsSeeOrganisationAndLabListsAndProfiles() throws Exception {
        assertThat(page(get("/organisations").param("q", "truong dai hoc"))).contains("Trường Đại học Hàng hải Việt Nam")
                .contains("Tổ chức khoa học và công nghệ");
        assertThat(page(get("/organisations/{id}", MARITIME))).contains("Vietnam Maritime University")
                .contains("Phòng thí nghiệm Vật liệu và Kết cấu tàu thủy (Dữ liệu mẫu)").doesNotContain("id=\"edit\"");
        assertThat(page(get("/labs"))).contains("VILAS 9001").contains("Dữ liệu mẫu");
        assertThat(page(get("/labs").param("status", "EXPIRED"))).contains("Phòng thí nghiệm Vật liệu và Kết cấu tàu thủy");
        assertThat(page(get("/labs").param("validOn", "2023-06-01"))).containsPattern("\\d+ phòng thí nghiệm VILAS còn hiệu lực ngày 01/06/2023");
        assertThat(page(get("/organisations"))).contains("Số tổ chức có đăng ký hoạt động KH&amp;CN:");
        String search = page(get("/search").param("q", "truong dai hoc hang hai"));
        assertThat(search.indexOf("Trường Đại học Hàng hải Việt Nam")).isPositive()
                .isLessThan(search.indexOf("Trường Đại học Y Dược Hải Phòng"));
        assertThat(page(get("/organisations").param("lang", "en"))).contains("S&amp;T organisations");
    }

    @Test
    void peoplePagesNeedSignInAndShowContactDataOnlyToStaffOrThePerson() throws Exception {
        mvc.perform(get("/people/{id}", AN)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/people/{id}", AN).with(APPLICANT))).contains("Nguyễn Văn An")
                .doesNotContain("nguyen.van.an@mau.invalid").doesNotContain("0900 000 001").doesNotContain("14/03/1975")
                .doesNotContain("id=\"expert-pool\"");
        assertThat(page(get("/people/{id}", AN).with(OFFICER))).contains("nguyen.van.an@mau.invalid")
                .contains("14/03/1975").contains("id=\"expert-pool\"");
        assertThat(page(get("/people/{id}", AN).with(user("expert").roles("EXPERT")))).contains("nguyen.van.an@mau.invalid");
        assertThat(page(get("/experts").with(OFFICER))).contains("Nguyễn Văn An");
        mvc.perform(get("/experts").with(APPLICANT)).andExpect(status().isForbidden());
    }

    @Test
    void officerFormShowsFieldErrorsThenDuplicateCandidatesThenSaves() throws Exception {
        assertThat(page(get("/organisations/new").with(OFFICER))).contains("id=\"organisation-form\"");
        assertThat(page(post("/organisations/new").with(OFFICER).with(csrf()).param("name", "").param("type", "UNIVERSITY")
                .param("taxCode", "123")))
                .contains("id=\"error-summary\"").contains("is-invalid").contains("Mã số thuế không hợp lệ");
        assertThat(page(post("/organisations/new").with(OFFICER).with(csrf()).param("name", "Truong DH Hang hai VN")
                .param("type", "UNIVERSITY")))
                .contains("id=\"duplicate-candidates\"").contains("Trường Đại học Hàng hải Việt Nam");
        String name = "Trường Cao đẳng Thử " + DirectoryMother.token();
        mvc.perform(post("/organisations/new").with(OFFICER).with(csrf()).param("name", name).param("type", "UNIVERSITY")
                        .param("fields", "201", "203").param("registrationDate", "2024-05-06").param("registrationNumber", "X-1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/organisations/*"));
    }

    @Test
    void applicantsCannotOpenOfficerForms() throws Exception {
        mvc.perform(get("/organisations/new").with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(get("/directory/imports").with(APPLICANT)).andExpect(status().isForbidden());
    }

    @Test
    void officerMergesAfterChoosingTheSurvivor() throws Exception {
        String token = DirectoryMother.token();
        String source = mvc.perform(post("/organisations/new").with(OFFICER).with(csrf())
                        .param("name", "Viện Gộp " + token).param("type", "RESEARCH_INSTITUTE"))
                .andReturn().getResponse().getRedirectedUrl();
        String target = mvc.perform(post("/organisations/new").with(OFFICER).with(csrf())
                        .param("name", "Viện Gộp Chính Thức " + token).param("type", "RESEARCH_INSTITUTE"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(get(source).with(OFFICER))).contains("id=\"status-form\"");
        String mergePage = page(get(source + "/merge").with(OFFICER));
        assertThat(mergePage).contains("data-confirm").contains("Viện Gộp Chính Thức " + token);
        mvc.perform(post(source + "/merge").with(OFFICER).with(csrf())
                        .param("targetId", target.substring(target.lastIndexOf('/') + 1)).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(target));
        assertThat(page(get(source))).contains("Đã hợp nhất").contains("Viện Gộp Chính Thức " + token);
    }

    @Test
    void importPageRunsAnImportAndShowsTheReport() throws Exception {
        assertThat(page(get("/directory/imports").with(OFFICER))).contains("id=\"import-form\"");
        byte[] file = ImportFiles.organisations(DirectoryMother.token(), 5);
        String jobPage = mvc.perform(multipart("/directory/imports").file(new MockMultipartFile("file", "x.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .param("resource", "ORGANISATIONS").param("mode", "VALID_ROWS").with(OFFICER).with(csrf()))
                .andExpect(redirectedUrlPattern("/jobs/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(get(jobPage).with(OFFICER))).contains("id=\"job-progress\"");
        String progress = await().atMost(Duration.ofMinutes(2)).pollInSameThread()
                .until(() -> page(get(jobPage + "/progress").with(OFFICER)), p -> p.contains("id=\"job-result\""));
        var result = java.util.regex.Pattern.compile("href=\"(/directory/imports/organisations/[^\"]+)\" id=\"job-result\"")
                .matcher(progress);
        assertThat(result.find()).as("the finished job links to its report: %s", progress).isTrue();
        String report = page(get(result.group(1)).with(OFFICER));
        assertThat(report).contains("id=\"import-report\"").contains("Đã nhập 5 dòng");
        String bad = page(multipart("/directory/imports").file(new MockMultipartFile("file", "x.txt", "text/plain",
                        "không phải excel".getBytes(StandardCharsets.UTF_8)))
                .param("resource", "ORGANISATIONS").param("mode", "VALID_ROWS").with(OFFICER).with(csrf()));
        assertThat(bad).contains("id=\"import-error\"").contains("không phải bảng tính Excel");
    }

    @Test
    void officerPagesForPeopleLabsAndEquipmentRender() throws Exception {
        assertThat(page(get("/people/new").with(OFFICER))).contains("id=\"person-form\"");
        assertThat(page(get("/labs/new").with(OFFICER))).contains("id=\"lab-form\"");
        assertThat(page(get("/equipment/new").with(OFFICER))).contains("id=\"equipment-form\"");
        assertThat(page(get("/equipment").with(OFFICER))).contains("Máy thử kéo vạn năng 600 kN (Dữ liệu mẫu)")
                .contains("3.400.000.000 ₫");
        String token = DirectoryMother.token();
        mvc.perform(post("/people/new").with(OFFICER).with(csrf()).param("fullName", "Đặng Văn Biểu Mẫu " + token)
                        .param("degree", "TS").param("email", "bieu.mau@example.invalid").param("birthDate", "1980-02-03")
                        .param("affiliations[0].organisationId", MARITIME.toString())
                        .param("affiliations[0].position", "Giảng viên").param("affiliations[1].organisationId", "")
                        .param("keywords", "tàu thủy, cảng biển"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/people").param("q", "dang van bieu mau " + token).with(OFFICER)))
                .contains("Đặng Văn Biểu Mẫu " + token).contains("Trường Đại học Hàng hải Việt Nam");
        String duplicate = mvc.perform(post("/people/new").with(OFFICER).with(csrf()).param("fullName", "Dang Van Bieu Mau " + token)
                        .param("confirmDuplicates", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String mergePage = page(get(duplicate + "/merge").with(OFFICER));
        assertThat(mergePage).contains("data-confirm").contains("Đặng Văn Biểu Mẫu " + token);
        String survivor = mergePage.replaceAll("(?s).*name=\"targetId\" id=\"target-[^\"]+\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post(duplicate + "/merge").with(OFFICER).with(csrf()).param("targetId", survivor).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(duplicate).with(OFFICER))).contains("Đã hợp nhất");
    }
}
