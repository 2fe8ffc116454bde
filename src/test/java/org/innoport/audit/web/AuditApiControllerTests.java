package org.innoport.audit.web;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class AuditApiControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void verifyAsksAnonymousCallersToAuthenticate() throws Exception {
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void verifyRefusesUsersWhoAreNotAdministrators() throws Exception {
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void verifyAnswersValidWithTheNumberOfRowsAndNothingElse() throws Exception {
        trail.record("ApiProbe", UUID.randomUUID().toString(), "probe.created", null, Map.of("n", 1));

        mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.rows").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.firstBrokenRow").doesNotExist())
                .andExpect(jsonPath("$.reason").doesNotExist());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void verifyNamesTheFirstBrokenRowAfterARowWasAlteredInSql() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry first = trail.record("ApiProbe", id, "probe.created", null, Map.of("amount", 100));
        trail.record("ApiProbe", id, "probe.updated", Map.of("amount", 100), Map.of("amount", 200));

        try (TamperedTrail sql = new TamperedTrail(jdbc)) {
            sql.set(first.id(), "after_json", "{\"amount\":1}");

            mvc.perform(get("/api/v1/audit/verify"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.rows").value(greaterThanOrEqualTo(2)))
                    .andExpect(jsonPath("$.firstBrokenRow").value(first.id()))
                    .andExpect(jsonPath("$.reason").value("content-altered"));
        }
        mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void entriesAreFilteredAndPagedNewestFirst() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry created = trail.record("ApiProbe", id, "probe.created", null, Map.of("amount", 100));
        AuditEntry updated = trail.record("ApiProbe", id, "probe.updated", Map.of("amount", 100), Map.of("amount", 200));
        trail.record("ApiProbe", id, "other.thing", null, null);

        mvc.perform(get("/api/v1/audit/entries").param("aggregateType", "ApiProbe").param("aggregateId", id)
                        .param("action", "probe.").param("user", "USER").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(updated.id()))
                .andExpect(jsonPath("$.items[0].beforeJson").value("{\"amount\":100}"))
                .andExpect(jsonPath("$.items[0].previousHash").value(created.hash()))
                .andExpect(jsonPath("$.items[0].hash").value(updated.hash()))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void entriesSortAndFilterByDateInBothAcceptedFormats() throws Exception {
        String id = UUID.randomUUID().toString();
        AuditEntry first = trail.record("ApiProbe", id, "probe.created", null, null);
        trail.record("ApiProbe", id, "probe.updated", null, null);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String shown = java.time.LocalDate.parse(today).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        mvc.perform(get("/api/v1/audit/entries").param("aggregateId", id).param("sort", "occurredAt,asc")
                        .param("from", today).param("to", shown))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].id").value(first.id()));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void entriesRejectAnInvalidDateOrSortWithFieldErrors() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("from", "31/02/2026").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("Invalid date; enter it as dd/mm/yyyy."));
        mvc.perform(get("/api/v1/audit/entries").param("sort", "hash;drop table x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void entriesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isForbidden());
    }
}
