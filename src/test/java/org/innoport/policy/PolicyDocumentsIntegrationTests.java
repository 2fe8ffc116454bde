package org.innoport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class PolicyDocumentsIntegrationTests {

    @Autowired
    PolicyDocuments documents;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTwelveSeedDocumentsAndTheReviewArticleAreLoadedWithTheirImplementationLinks() {
        List<DocumentView> all = documents.all();
        assertThat(all).extracting(DocumentView::number).contains("45-NQ/TW", "30-NQ/TW", "323/QĐ-TTg", "08-NQ/TU",
                "03-NQ/TU", "52-NQ/TW", "86-CTr/TU", "36-NQ/TW", "50-CTr/TU", "08/2013/NQ-HĐND", "211/KH-UBND",
                "281/KH-UBND");
        assertThat(documents.get("211/KH-UBND").implementsNumbers()).containsExactly("52-NQ/TW", "86-CTr/TU");
        assertThat(documents.get("52-NQ/TW").implementedBy()).contains("211/KH-UBND", "86-CTr/TU");
        assertThat(documents.get("08/2013/NQ-HĐND").issuedOn()).hasToString("2013-07-25");
        assertThat(documents.get("TONG-KET-KHCN-HP-2013-2023").commitments()).hasSize(7)
                .first().satisfies(c -> assertThat(c.text()).startsWith("Phấn đấu đến năm 2025"));
    }

    @Test
    void aDocumentThatWouldImplementItselfThroughAnotherIsRefused() {
        String a = "T-" + UUID.randomUUID().toString().substring(0, 8);
        documents.record(new NewDocument(a, null, 2024, "Test", DocumentKind.PLAN, "A", List.of("52-NQ/TW"), List.of()));
        assertThat(documents.get(a).implementsNumbers()).containsExactly("52-NQ/TW");
        assertThatThrownBy(() -> documents.record(new NewDocument(a, null, 2024, "Test", DocumentKind.PLAN, "again",
                List.of(), List.of()))).isInstanceOf(RuleViolationException.class)
                .hasMessage("policy.document.number-taken");
    }

    @Test
    void recordingADocumentLeavesAnEntryInTheAuditTrail() {
        String number = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
        documents.record(new NewDocument(number, null, 2025, "Test", DocumentKind.DECISION, "Audited", List.of(), List.of()));
        assertThat(jdbc.sql("select count(*) from audit.entries where aggregate_type = 'PolicyDocument' and aggregate_id = ?")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anonymousReadersGetTheDocumentsAsJsonAndCsv() throws Exception {
        mvc.perform(get("/api/v1/documents").param("size", "200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(13)))
                .andExpect(jsonPath("$.items[?(@.number == '86-CTr/TU')].implementsNumbers[0]").value("52-NQ/TW"));
        mvc.perform(get("/api/v1/documents.csv")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("281/KH-UBND")));
        mvc.perform(get("/documents")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ban Thường vụ Thành ủy Hải Phòng")));
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void anOfficerRecordingADocumentWithoutATitleGetsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/documents").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"X-1\",\"issuedYear\":2024,\"issuer\":\"UBND\",\"kind\":\"PLAN\",\"title\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    @WithMockUser(roles = "APPLICANT")
    void anApplicantMayNotRecordDocuments() throws Exception {
        mvc.perform(post("/api/v1/documents").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"X-2\",\"issuedYear\":2024,\"issuer\":\"UBND\",\"kind\":\"PLAN\",\"title\":\"t\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerRevisesADocumentWithItsVersionAndAStaleOrDestructiveRevisionChangesNothing() throws Exception {
        String number = "SD-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        DocumentView recorded = documents.record(new NewDocument(number, null, 2024, "UBND thành phố",
                DocumentKind.PLAN, "Kế hoạch thử", List.of(), List.of(
                        new NewDocument.NewCommitment(number + "/1", "Tăng 10 %", 2030))));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String body = "{\"number\":\"" + number + "\",\"issuedYear\":2024,\"issuer\":\"UBND thành phố Hải Phòng\","
                + "\"kind\":\"PLAN\",\"title\":\"Kế hoạch thử (sửa)\",\"implementsNumbers\":[],"
                + "\"commitments\":[{\"code\":\"" + number + "/1\",\"text\":\"Tăng 12 %\",\"targetYear\":2030},"
                + "{\"code\":\"" + number + "/2\",\"text\":\"Mới\"}],\"version\":0}";
        mvc.perform(put("/api/v1/documents/" + recorded.id()).with(csrf).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.title").value("Kế hoạch thử (sửa)"))
                .andExpect(jsonPath("$.commitments[0].text").value("Tăng 12 %"))
                .andExpect(jsonPath("$.commitments[1].code").value(number + "/2"));
        mvc.perform(put("/api/v1/documents/" + recorded.id()).with(csrf).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("(sửa)", "(lần 2)")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("version.conflict"));
        mvc.perform(put("/api/v1/documents/" + recorded.id()).with(csrf).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body.replace("\"version\":0", "\"version\":1").replaceAll(",\\{\"code[^}]*Mới\"\\}", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("commitments"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("cannot be removed")));
        mvc.perform(put("/api/v1/documents/" + recorded.id()).with(csrf).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"version\":0", "\"version\":1").replace("\"number\":\"" + number, "\"number\":\"Z" + number)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("number"));
        DocumentView stored = documents.get(number);
        assertThat(stored.title()).isEqualTo("Kế hoạch thử (sửa)");
        assertThat(stored.commitments()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit.entries where aggregate_id = :n and action = 'policy.document.revised'")
                .param("n", number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "APPLICANT")
    void anApplicantMayNotReviseDocuments() throws Exception {
        long id = documents.all().get(0).id();
        mvc.perform(put("/api/v1/documents/" + id).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"X\",\"issuedYear\":2024,\"issuer\":\"U\",\"kind\":\"PLAN\",\"title\":\"t\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }
}
