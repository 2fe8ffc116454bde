package org.innoport.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.innoport.audit.AuditEntry;
import org.innoport.audit.AuditTrail;
import org.innoport.audit.TamperedTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AuditControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(roles = "ADMIN")
    void showsTheFullPageWithFiltersTheTrailNewestFirstAndTheVerifyButton() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry older = trail.record("PageProbe", id, "probe.created", null, Map.of("tên", "Sáng kiến"));
        AuditEntry newer = trail.record("PageProbe", id, "probe.approved", null, null);

        String html = mvc.perform(get("/admin/audit").param("aggregateId", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\">")))
                .andExpect(content().string(containsString("Nhật ký kiểm toán")))
                .andExpect(content().string(containsString("id=\"verify-button\"")))
                .andExpect(content().string(containsString("id=\"audit-filter\"")))
                .andExpect(content().string(containsString("class=\"nav-link active\" href=\"/admin/audit\"")))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"entry-" + older.id() + "\"", "id=\"entry-" + newer.id() + "\"");
        assertThat(html.indexOf("entry-" + newer.id())).isLessThan(html.indexOf("entry-" + older.id()));
        assertThat(html).contains("<pre class=\"small mb-1 text-wrap text-break\">{\"tên\":\"Sáng kiến\"}</pre>");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void answersHtmxWithTheFilteredResultsFragmentOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry entry = trail.record("PageProbe", id, "probe.created", null, null);

        mvc.perform(get("/admin/audit").param("aggregateId", id).param("from", "2020-01-05")
                        .header("HX-Request", "true").header("HX-Target", "audit-browser"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"audit-filter\"")))
                .andExpect(content().string(containsString("value=\"05/01/2020\"")))
                .andExpect(content().string(containsString("id=\"entry-" + entry.id() + "\"")))
                .andExpect(content().string(containsString(
                        "href=\"/admin/audit/export.csv?aggregateId=" + id + "&amp;from=2020-01-05\"")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void showsTheEmptyStateWhenNothingMatches() throws Exception {
        mvc.perform(get("/admin/audit").param("aggregateId", "no-such-" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có bản ghi nhật ký nào phù hợp.")))
                .andExpect(content().string(not(containsString("id=\"audit-entries\""))));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void reportsAnInvalidDateBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "32/13/2026").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString(
                        "<a href=\"#from\" class=\"alert-link\">Invalid date; enter it as dd/mm/yyyy.</a>")))
                .andExpect(content().string(containsString("value=\"32/13/2026\"")))
                .andExpect(content().string(containsString("Audit trail")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void verifiesTheChainAsAnHtmxFragment() throws Exception {
        trail.record("PageProbe", UUID.randomUUID().toString(), "probe.created", null, null);

        mvc.perform(get("/admin/audit/verify").header("HX-Request", "true").header("HX-Target", "verify-result"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("data-valid=\"true\"")))
                .andExpect(content().string(containsString("Chuỗi băm toàn vẹn")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void verifiesTheChainOnTheFullPageWithoutJavaScriptAndNamesABrokenRow() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry entry = trail.record("PageProbe", id, "probe.created", null, Map.of("score", 80));
        trail.record("PageProbe", id, "probe.updated", null, null);

        try (TamperedTrail sql = new TamperedTrail(jdbc)) {
            sql.set(entry.id(), "after_json", "{\"score\":100}");

            mvc.perform(get("/admin/audit/verify").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html lang=\"en\">")))
                    .andExpect(content().string(containsString("data-valid=\"false\"")))
                    .andExpect(content().string(containsString("broken at row #" + entry.id() + " ")))
                    .andExpect(content().string(containsString("the row was changed")))
                    .andExpect(content().string(containsString("id=\"audit-filter\"")));
        }
        mvc.perform(get("/admin/audit/verify")).andExpect(content().string(containsString("data-valid=\"true\"")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void exportsTheFilteredTrailAsCsv() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry created = trail.record("CsvProbe", id, "probe.created", null, Map.of("name", "Hải Phòng, \"HP\""));
        AuditEntry formula = trail.record("CsvProbe", id, "=probe.formula", null, null);
        trail.record("CsvProbe", "other-" + id, "probe.created", null, null);

        var response = mvc.perform(get("/admin/audit/export.csv").param("aggregateId", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).startsWith("\uFEFFid,occurred_at,actor,aggregate_type,aggregate_id,action,before_json,after_json,"
                + "request_ip,request_id,previous_hash,hash\r\n");
        assertThat(csv.lines().skip(1).toList()).satisfiesExactly(
                line -> assertThat(line).startsWith(formula.id() + ",").contains(",'=probe.formula,"),
                line -> assertThat(line).startsWith(created.id() + ",")
                        .contains(",\"{\"\"name\"\":\"\"Hải Phòng, \\\"\"HP\\\"\"\"\"}\",")
                        .endsWith("," + created.previousHash() + "," + created.hash()));
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void refusesUsersWhoAreNotAdministrators() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/export.csv")).andExpect(status().isForbidden());
    }
}
