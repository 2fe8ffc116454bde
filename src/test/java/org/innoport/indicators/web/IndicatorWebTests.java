package org.innoport.indicators.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class IndicatorWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTargetsApiGivesRatingRatesAndForecastToAnonymousReaders() throws Exception {
        mvc.perform(get("/api/v1/targets")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'T01')].rating").value("LIMITED_PROGRESS"))
                .andExpect(jsonPath("$.items[?(@.code == 'T01')].requiredRate").value(0.6))
                .andExpect(jsonPath("$.items[?(@.code == 'T01')].forecast.method").value("linear"))
                .andExpect(jsonPath("$.items[?(@.code == 'T04')].forecast.method").value("none"));
    }

    @Test
    void valuesOfAComputedIndicatorComeWithTheReportedOneBesideTheComputedOne() throws Exception {
        mvc.perform(get("/api/v1/indicators/city_tasks_funding_state_share/values")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.status == 'REPORTED')].value").value(60.8))
                .andExpect(jsonPath("$.items[?(@.status == 'COMPUTED')].formula")
                        .value("share(city_tasks_funding_state, city_tasks_funding_total)"));
    }

    @Test
    void theAuditFindingsAndOpenDataFilesArePublic() throws Exception {
        mvc.perform(get("/api/v1/audit-findings")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.rule == 'R06')].outcome").value("FINDING"));
        mvc.perform(get("/api/v1/audit-findings.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("R02,SHARE")));
        mvc.perform(get("/api/v1/values.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("257473016000")));
        mvc.perform(get("/api/v1/targets.csv")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/indicators.csv")).andExpect(status().isOk());
    }

    @Test
    void thePublicPagesRenderInBothLanguages() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiến triển hạn chế")))
                .andExpect(content().string(containsString("data-chart=\"sparkline\"")));
        mvc.perform(get("/dashboard").param("lang", "en").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Limited progress")));
        mvc.perform(get("/indicators/value_per_hectare_growth")).andExpect(status().isOk())
                .andExpect(content().string(containsString("finding-R06")));
        Long id = jdbc.sql("select id from policy.documents where number = 'TONG-KET-KHCN-HP-2013-2023'")
                .query(Long.class).single();
        mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/indicators/technology_renewal_rate")));
        mvc.perform(get("/indicators/nope")).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerGetsProblemDetailsForAnInvalidValueAndAConflictForAStaleVersion() throws Exception {
        mvc.perform(post("/api/v1/indicators/mobile_coverage/values").with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"area\":\"VN-HP\",\"period\":\"2030\",\"value\":120,\"qualifier\":\"EXACT\","
                                + "\"status\":\"ESTIMATED\",\"sourcePublication\":\"test\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("The value must lie between 0 and 100."));
        String area = "VN-T" + UUID.randomUUID().toString().substring(0, 2).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        String created = mvc.perform(post("/api/v1/indicators/mobile_coverage/values").with(csrf())
                        .with(user("officer").roles("OFFICER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"area\":\"" + area + "\",\"period\":\"2030\",\"value\":90,\"qualifier\":\"EXACT\","
                                + "\"status\":\"ESTIMATED\",\"sourcePublication\":\"test\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String body = "{\"area\":\"" + area + "\",\"period\":\"2030\",\"value\":91,\"qualifier\":\"EXACT\","
                + "\"status\":\"ESTIMATED\",\"sourcePublication\":\"test\",\"version\":0}";
        mvc.perform(put("/api/v1/indicators/mobile_coverage/values/" + id).with(csrf())
                        .with(user("officer").roles("OFFICER")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/indicators/mobile_coverage/values/" + id).with(csrf())
                        .with(user("officer").roles("OFFICER")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("version.conflict"));
        mvc.perform(post("/api/v1/indicators/mobile_coverage/values").with(csrf()).with(user("applicant").roles("APPLICANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    @Test
    void theValuesOfAStoredIndicatorArePagedInPeriodThenAreaOrderAndCanBeLimitedToOneArea() throws Exception {
        String code = "pg_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        mvc.perform(post("/api/v1/indicators").with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameVi\":\"Phân trang\",\"nameEn\":\"Paging\","
                                + "\"unit\":\"count\",\"direction\":\"HIGHER\",\"periodicity\":\"ANNUAL\"}"))
                .andExpect(status().isCreated());
        for (String cell : new String[] {"VN-HP:2021", "VN-HN:2020", "VN-HP:2020"}) {
            mvc.perform(post("/api/v1/indicators/" + code + "/values").with(csrf()).with(user("officer").roles("OFFICER"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"area\":\"" + cell.split(":")[0] + "\",\"period\":\"" + cell.split(":")[1]
                                    + "\",\"value\":1,\"qualifier\":\"EXACT\",\"status\":\"REPORTED\","
                                    + "\"sourcePublication\":\"test\"}"))
                    .andExpect(status().isCreated());
        }
        String values = "/api/v1/indicators/" + code + "/values";
        mvc.perform(get(values).param("size", "2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3)).andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].area").value("VN-HN")).andExpect(jsonPath("$.items[0].period").value("2020"))
                .andExpect(jsonPath("$.items[1].area").value("VN-HP")).andExpect(jsonPath("$.items[1].period").value("2020"));
        mvc.perform(get(values).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].period").value("2021"));
        mvc.perform(get(values).param("area", "VN-HP")).andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[?(@.area == 'VN-HN')]").isEmpty());
    }

    @Test
    void anOfficerDefinesAndRevisesATargetWithItsVersionAndTheDashboardFollows() throws Exception {
        String code = "T_rev_" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"code\":\"" + code + "\",\"indicator\":\"mobile_coverage\",\"kind\":\"LEVEL\",\"year\":2030,"
                + "\"value\":95,\"documentNumber\":\"45-NQ/TW\",\"quote\":\"thử\"";
        mvc.perform(post("/api/v1/targets").with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.rating").exists());
        mvc.perform(put("/api/v1/targets/" + code).with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"value\":95", "\"value\":99") + ",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.value").value(99));
        mvc.perform(get("/api/v1/targets/" + code)).andExpect(jsonPath("$.value").value(99));
        mvc.perform(get("/api/v1/targets").param("size", "200"))
                .andExpect(jsonPath("$.items[?(@.code == '" + code + "')].value").value(99));
        mvc.perform(put("/api/v1/targets/" + code).with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body + ",\"version\":0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("version.conflict"));
        mvc.perform(put("/api/v1/targets/" + code).with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("45-NQ/TW", "KHÔNG-CÓ") + ",\"version\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        mvc.perform(put("/api/v1/targets/" + code).with(csrf()).with(user("applicant").roles("APPLICANT"))
                        .contentType(MediaType.APPLICATION_JSON).content(body + ",\"version\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/targets/" + code)).andExpect(jsonPath("$.value").value(99))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aCyclicFormulaIsRefusedAtSaveTimeWithTheChainNamed() throws Exception {
        String code = "cyc_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        mvc.perform(post("/api/v1/indicators").with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"code\":\"" + code + "\",\"nameVi\":\"v\",\"nameEn\":\"e\",\"unit\":\"percent\","
                                + "\"direction\":\"HIGHER\",\"periodicity\":\"ANNUAL\",\"formula\":\"growth(" + code
                                + ", " + code + "[t-1])\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("formula"))
                .andExpect(jsonPath("$.errors[0].message", containsString("cycle")));
        mvc.perform(post("/api/v1/indicators").with(csrf()).with(user("officer").roles("OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nameVi\":\"v\",\"nameEn\":\"e\",\"unit\":\"percent\","
                                + "\"direction\":\"HIGHER\",\"periodicity\":\"ANNUAL\",\"formula\":\"share(a,\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("formula"));
    }

    @Test
    void theDataEntryFormShowsFieldErrorsAndSavesAValidValue() throws Exception {
        mvc.perform(post("/data-entry/st_organisations").with(csrf()).with(user("officer").roles("OFFICER"))
                        .param("area", "VN-HP").param("period", "2030").param("value", "abc")
                        .param("qualifier", "EXACT").param("status", "ESTIMATED").param("sourcePublication", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("error-summary")));
        String period = String.valueOf(2100 + (int) (Math.random() * 800));
        mvc.perform(post("/data-entry/st_organisations").with(csrf()).with(user("officer").roles("OFFICER"))
                        .param("area", "VN-HP").param("period", period).param("value", "53")
                        .param("qualifier", "EXACT").param("status", "ESTIMATED").param("sourcePublication", "Sở KH&CN"))
                .andExpect(redirectedUrl("/indicators/st_organisations"));
    }
}
