package org.innoport.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The composite index API over the real PostgreSQL: frameworks, runs, results, errors and access. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class CompositeIndexApiIntegrationTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    private static final RequestPostProcessor LEADER = user("leader").roles("LEADER");
    private static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    static String smallFramework(String code) {
        return """
                {"code": "%1$s", "name": "Chỉ số thử %1$s", "units": [{"code": "A", "name": "Tỉnh A"},
                  {"code": "B", "name": "Tỉnh B"}, {"code": "C", "name": "Tỉnh C"}],
                 "nodes": [
                  {"code": "%1$s", "kind": "INDEX"},
                  {"code": "IN", "parent": "%1$s", "kind": "SUB_INDEX", "role": "INPUT"},
                  {"code": "OUT", "parent": "%1$s", "kind": "SUB_INDEX", "role": "OUTPUT"},
                  {"code": "P1", "parent": "IN", "kind": "PILLAR"},
                  {"code": "P2", "parent": "OUT", "kind": "PILLAR"},
                  {"code": "i1", "parent": "P1", "kind": "INDICATOR", "direction": "HIGHER"},
                  {"code": "i2", "parent": "P1", "kind": "INDICATOR", "weight": 0.5, "direction": "LOWER"},
                  {"code": "i3", "parent": "P2", "kind": "INDICATOR"}]}""".formatted(code);
    }

    private static final String SMALL_RUN = """
            {"label": "thử", "values": {"A": {"i1": 10, "i2": 5, "i3": 1}, "B": {"i1": 20, "i2": 15, "i3": 3},
              "C": {"i1": 30, "i3": 2}},
             "published": {"A": {"IN": 33.33, "OUT": 0}, "C": {"P1": 90}}}""";

    @Test
    void anOfficerDefinesAFrameworkRunsItOnRawDataAndALeaderReadsEveryNodeScoreRankAndDifference() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode framework = read(mvc.perform(post("/api/v1/composite-indices").with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(smallFramework(code)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.nodes.length()").value(8)).andReturn().getResponse().getContentAsString());
        String id = framework.get("id").asString();

        JsonNode run = read(mvc.perform(post("/api/v1/composite-indices/{id}/runs", id).with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(SMALL_RUN))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String runId = run.get("id").asString();

        JsonNode read = read(mvc.perform(get("/api/v1/composite-indices/{id}/runs/{runId}", id, runId).with(LEADER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode a = read.at("/result/units/0");
        assertThat(a.get("nodes").propertyNames()).first().isEqualTo(code);
        // i1: 0, 50, 100; i2 lower is better: A 100, B 0, C missing; i3: 0, 100, 50
        // P1 for A: (1×0 + 0.5×100) / 1.5 = 33.33; C: weight renormalised over i1 alone = 100
        assertThat(a.get("unit").asString()).isEqualTo("A");
        assertThat(a.at("/nodes/P1/score").asDouble()).isEqualTo(100.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(read.at("/result/units/2/nodes/P1/score").asDouble()).isEqualTo(100.0);
        assertThat(read.at("/result/units/1/nodes/" + code + "/score").asDouble())
                .isEqualTo((100.0 / 3 + 100) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(read.at("/result/units/1/nodes/" + code + "/rank").asInt()).isEqualTo(2);
        assertThat(read.at("/result/units/2/nodes/" + code + "/rank").asInt()).isEqualTo(1);
        assertThat(read.at("/result/units/0/efficiency").asDouble()).isEqualTo(0.0);
        assertThat(read.at("/result/validation/compared").asInt()).isEqualTo(3);
        assertThat(read.at("/result/validation/largest/node").asString()).isEqualTo("P1");
        assertThat(read.at("/result/validation/largest/difference").asDouble()).isEqualTo(10.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(jdbc.sql("select count(*) from indicators.composite_runs where framework_id = ?::uuid").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(audited("CompositeIndex", id)).isEqualTo(1);
        assertThat(audited("CompositeRun", runId)).isEqualTo(1);
    }

    @Test
    void thePiiShapedFixtureUploadedAsFilesReproducesThePublishedScores() throws Exception {
        JsonNode framework = read(mvc.perform(multipart("/api/v1/composite-indices")
                        .file(file("file", "framework.csv")).with(OFFICER).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.units.length()").value(63))
                .andReturn().getResponse().getContentAsString());
        String id = framework.get("id").asString();
        JsonNode run = read(mvc.perform(multipart("/api/v1/composite-indices/{id}/runs", id)
                        .file(file("data", "data.csv")).file(file("published", "expected-scores.csv"))
                        .param("label", "PII fixture").with(OFFICER).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(run.at("/result/units").size()).isEqualTo(63);
        assertThat(run.at("/result/validation/compared").asInt()).isGreaterThan(63 * 30);
        assertThat(Math.abs(run.at("/result/validation/largest/difference").asDouble())).isLessThan(0.1);

        mvc.perform(get("/api/v1/composite-indices/{id}/runs/{runId}/scores.csv", id, run.get("id").asString())
                        .with(LEADER))
                .andExpect(status().isOk()).andExpect(content().string(containsString("unit,name,PII,IN,OUT")));
        mvc.perform(get("/api/v1/composite-indices/{id}/runs", id).with(LEADER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitCount").value(63));
    }

    @Test
    void aWrongTreeIsRejectedWith400AndEveryProblemAsAFieldErrorInTheCallersLanguage() throws Exception {
        String wrong = smallFramework("W" + UUID.randomUUID().toString().substring(0, 8))
                .replace("\"weight\": 0.5", "\"weight\": -1")
                .replace("{\"code\": \"i3\", \"parent\": \"P2\"", "{\"code\": \"i1\", \"parent\": \"P2\"");
        mvc.perform(post("/api/v1/composite-indices").with(OFFICER).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(wrong))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nodes[6].weight")))
                .andExpect(jsonPath("$.errors[*].message").value(
                        hasItem("The weight of node \"i2\" must be greater than 0 (it is -1.0).")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Code \"i1\" appears in two places in the tree (under \"P1\" and under \"P2\"); an indicator "
                                + "may sit in one place only.")));
        String cycle = smallFramework("C" + UUID.randomUUID().toString().substring(0, 8))
                .replace("{\"code\": \"P1\", \"parent\": \"IN\"", "{\"code\": \"P1\", \"parent\": \"i1\"");
        mvc.perform(post("/api/v1/composite-indices").with(OFFICER).with(csrf()).header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON).content(cycle))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Cây có vòng lặp: P1 → i1 → P1.")));
    }

    @Test
    void runDataNamingAnUnknownIndicatorIsRejectedWith400() throws Exception {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8);
        String id = read(mvc.perform(post("/api/v1/composite-indices").with(OFFICER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(smallFramework(code)))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/composite-indices/{id}/runs", id).with(OFFICER).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": {\"A\": {\"i7\": 1}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values.A.i7"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "\"i7\" (unit \"A\") is not an indicator of the framework."));
    }

    @Test
    void anApplicantCanNeitherWriteNorReadAndALeaderCannotWrite() throws Exception {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/composite-indices").with(APPLICANT).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(smallFramework(code)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(get("/api/v1/composite-indices").with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/composite-indices").with(LEADER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(smallFramework(code)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/composite-indices")).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from indicators.composite_frameworks where code = ?").param(code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void thePiiTemplateHasSevenPillarsFiveInputAndTwoOutputAndNoValues() throws Exception {
        String csv = mvc.perform(get("/api/v1/composite-indices/template.csv").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().filter(l -> l.contains(",PILLAR,"))).hasSize(7);
        assertThat(csv.lines().filter(l -> l.contains(",IN,PILLAR,"))).hasSize(5);
        assertThat(csv.lines().filter(l -> l.contains(",OUT,PILLAR,"))).hasSize(2);
        assertThat(csv.lines().filter(l -> l.contains("INDICATOR"))).isEmpty();
        mvc.perform(get("/api/v1/composite-indices/template.xlsx").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().contentType(CompositeIndexApiController.XLSX));
    }

    private static MockMultipartFile file(String part, String name) throws IOException {
        try (InputStream in = CompositeIndexApiIntegrationTests.class
                .getResourceAsStream("/indicators/composite/" + name)) {
            return new MockMultipartFile(part, name, "text/csv", in.readAllBytes());
        }
    }

    private long audited(String type, String id) {
        return jdbc.sql("select count(*) from audit.entries where aggregate_type = ? and aggregate_id = ?")
                .params(type, id).query(Long.class).single();
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }
}
