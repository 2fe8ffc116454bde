package org.innoport.policy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AttachmentIntegrationTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerAttachesAPdfThatAnyoneDownloadsOnlyThroughItsOwnDocument() throws Exception {
        long document = document(0);
        long other = document(1);
        String body = mvc.perform(multipart("/api/v1/documents/" + document + "/attachments")
                        .file(new MockMultipartFile("file", "Nghị quyết.pdf", "application/pdf", PDF))
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String url = JsonMapper.builder().build().readTree(body).get("url").asString();

        mvc.perform(get("/api/v1/documents/" + document + "/attachments")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.url == '" + url + "')].name").value("Nghị quyết.pdf"));
        mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().bytes(PDF))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(url.replace("/documents/" + document + "/", "/documents/" + other + "/")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndAnApplicantMayNotAttach() throws Exception {
        long document = document(0);
        mvc.perform(multipart("/api/v1/documents/" + document + "/attachments")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "ghi chú".getBytes(StandardCharsets.UTF_8)))
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/documents/" + document + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .with(user("applicant").roles("APPLICANT")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDocumentPageListsAttachmentsAndOffersTheUploadFormToOfficersOnly() throws Exception {
        long document = document(2);
        String page = mvc.perform(multipart("/documents/" + document + "/attachments")
                        .file(new MockMultipartFile("file", "Kế hoạch thực hiện.pdf", "application/pdf", PDF))
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/documents/" + document))
                .andReturn().getResponse().getRedirectedUrl();
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get(page).with(user("officer").roles("OFFICER")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"attachments\"").contains("Kế hoạch thực hiện.pdf").contains("id=\"attachment-form\"");
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get(page)).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Kế hoạch thực hiện.pdf").doesNotContain("id=\"attachment-form\"");
        long before = jdbc.sql("select count(*) from policy.document_attachments").query(Long.class).single();
        mvc.perform(multipart("/documents/" + document + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .with(user("applicant").roles("APPLICANT")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/documents/" + document + "/attachments")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                        .with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("flash"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from policy.document_attachments")
                .query(Long.class).single()).isEqualTo(before);
    }

    private long document(int offset) {
        return jdbc.sql("select id from policy.documents order by id offset :n limit 1").param("n", offset)
                .query(Long.class).single();
    }
}
