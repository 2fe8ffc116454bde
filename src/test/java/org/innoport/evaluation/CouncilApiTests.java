package org.innoport.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.People;
import org.innoport.directory.PersonView;
import org.junit.jupiter.api.BeforeEach;
import org.innoport.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The council API over real PostgreSQL: the journey from constitution to close, every refusal with its stable code
 * (and that it changed nothing), and who may see what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class CouncilApiTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final List<CouncilRole> ROLES = List.of(CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.REVIEWER,
            CouncilRole.REVIEWER, CouncilRole.SCIENTIFIC_SECRETARY, CouncilRole.MEMBER, CouncilRole.MEMBER);

    /** Seven experts shared by the tests: 0..5 at the fisheries institute, 6 at the maritime university. */
    static List<PersonView> pool;
    static List<String> usernames;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    People people;

    @Autowired
    TestDossiers testDossiers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Councils councils;

    /** A council of seven; dossier A is hosted by member 6's organisation, B by the medical university. */
    record Fixture(UUID councilId, List<UUID> memberIds, Dossier a, Dossier b, String name) {

        UUID member(int i) {
            return memberIds.get(i);
        }
    }

    @BeforeEach
    void expertPool() {
        if (pool != null) {
            return;
        }
        String token = EvaluationMother.token();
        List<PersonView> created = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String username = "ev-" + token + "-" + i;
            UUID organisation = i == 6 ? EvaluationMother.MARITIME_UNIVERSITY : EvaluationMother.FISHERIES_INSTITUTE;
            created.add(EvaluationMother.expert(people, "Vương Thử Nghiệm " + token + " số " + i, username,
                    organisation));
            names.add(username);
        }
        pool = created;
        usernames = names;
    }

    static RequestPostProcessor expert(int i) {
        return user(usernames.get(i)).roles("EXPERT");
    }

    Fixture constitute() throws Exception {
        UUID group = UUID.randomUUID();
        Dossier a = EvaluationMother.dossier("Hồ sơ A: Công nghệ đóng tàu", group, EvaluationMother.MARITIME_UNIVERSITY);
        Dossier b = EvaluationMother.dossier("Hồ sơ B: Y học biển", group, EvaluationMother.MEDICAL_UNIVERSITY);
        UUID subject = testDossiers.batch(List.of(a, b));
        String name = "Hội đồng tư vấn tuyển chọn nhiệm vụ khoa học và công nghệ cấp thành phố " + EvaluationMother.token();
        JsonNode council = api.call(post("/api/v1/councils"), OFFICER, Map.of("type", "SELECTION", "name", name,
                "decisionNumber", "123/QĐ-SKHCN", "decisionDate", "2026-11-20",
                "subject", Map.of("kind", TestDossiers.KIND, "id", subject), "templateCode", "SELECTION"), 201);
        UUID id = UUID.fromString(council.get("id").asString());
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            JsonNode after = api.call(post("/api/v1/councils/{id}/members", id), OFFICER,
                    Map.of("personId", pool.get(i).id(), "role", ROLES.get(i)), 201);
            members.add(UUID.fromString(after.get("members").get(i).get("id").asString()));
        }
        return new Fixture(id, members, a, b, name);
    }

    Fixture convened() throws Exception {
        Fixture f = constitute();
        api.call(post("/api/v1/councils/{id}/convene", f.councilId()), OFFICER, Map.of("present", f.memberIds()), 200);
        return f;
    }

    static Map<String, Object> scores(int c1, int c2, int c3, int c4, int c5, int c6) {
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("C1", c1);
        scores.put("C2", c2);
        scores.put("C3", c3);
        scores.put("C4", c4);
        scores.put("C5", c5);
        scores.put("C6", c6);
        return Map.of("scores", scores, "comment", "Nhận xét của chuyên gia");
    }

    void declareNoConflict(Fixture f, int member) throws Exception {
        api.call(post("/api/v1/councils/{id}/declarations", f.councilId()), expert(member), Map.of("conflict", false), 200);
    }

    JsonNode scoreAndSign(Fixture f, int member, Dossier dossier, Map<String, Object> sheet) throws Exception {
        JsonNode saved = api.call(put("/api/v1/councils/{id}/sheets/{d}", f.councilId(), dossier.id()), expert(member), sheet,
                200);
        return api.call(post("/api/v1/councils/{id}/sheets/{d}/sign", f.councilId(), dossier.id()), expert(member),
                Map.of("version", saved.get("version").asLong()), 200);
    }

    String code(JsonNode problem) {
        return problem.get("code").asString();
    }

    @Test
    void aSelectionCouncilRunsFromConstitutionToResultsAndBlocksTheMemberFromTheHostOrganisation() throws Exception {
        Fixture f = constitute();
        JsonNode draft = api.call(get("/api/v1/councils/{id}", f.councilId()), OFFICER, null, 200);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("dossiers")).hasSize(2);
        assertThat(draft.get("criteria")).hasSize(6);
        assertThat(draft.get("blocks")).hasSize(1);
        assertThat(draft.get("blocks").get(0).get("memberId").asString()).isEqualTo(f.member(6).toString());
        assertThat(draft.get("blocks").get(0).get("dossierId").asString()).isEqualTo(f.a().id().toString());
        assertThat(draft.get("blocks").get(0).get("reason").asString()).isEqualTo("AFFILIATION");

        api.call(post("/api/v1/councils/{id}/convene", f.councilId()), OFFICER, Map.of("present", f.memberIds()), 200);
        for (int i = 0; i < 7; i++) {
            declareNoConflict(f, i);
        }
        for (int i = 0; i < 7; i++) {
            if (i != 6) {
                scoreAndSign(f, i, f.a(), scores(12, 20, 16, 12, 12, 8));   // 80
            }
            scoreAndSign(f, i, f.b(), scores(10, 18, 14, 10, 10, 8));       // 70
        }
        JsonNode closed = api.call(post("/api/v1/councils/{id}/close", f.councilId()), OFFICER, null, 200);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");

        JsonNode results = api.call(get("/api/v1/councils/{id}/results", f.councilId()), OFFICER, null, 200);
        JsonNode a = result(results, f.a().id());
        JsonNode b = result(results, f.b().id());
        assertThat(a.get("validSheets").asInt()).isEqualTo(6);
        assertThat(new BigDecimal(a.get("mean").asString())).isEqualByComparingTo("80");
        assertThat(a.get("passed").asBoolean()).isTrue();
        assertThat(a.get("rankInGroup").asInt()).isEqualTo(1);
        assertThat(b.get("validSheets").asInt()).isEqualTo(7);
        assertThat(b.get("rankInGroup").asInt()).isEqualTo(2);
        CouncilClosed published = events.stream(CouncilClosed.class)
                .filter(e -> e.councilId().equals(f.councilId())).findFirst().orElseThrow();
        assertThat(published.type()).isEqualTo(CouncilType.SELECTION);
        assertThat(published.subject().kind()).isEqualTo(TestDossiers.KIND);
        assertThat(published.results()).hasSize(2)
                .anySatisfy(r -> assertThat(r.dossierId()).isEqualTo(f.a().id()));
        assertThat(councils.closedCouncilFor(published.subject())).contains(f.councilId());
        assertThat(councils.results(f.councilId())).isEqualTo(published.results());
        assertThat(jdbc.sql("select count(*) from audit.entries where aggregate_id = ? and action = 'council.closed'")
                .param(f.councilId().toString()).query(Long.class).single()).isEqualTo(1);
    }

    JsonNode result(JsonNode results, UUID dossier) {
        for (JsonNode r : results) {
            if (r.get("dossierId").asString().equals(dossier.toString())) {
                return r;
            }
        }
        throw new AssertionError("no result for " + dossier);
    }

    @Test
    void aMemberBlockedByAffiliationCannotScoreThatDossierAndNothingIsStored() throws Exception {
        Fixture f = convened();
        declareNoConflict(f, 6);
        JsonNode problem = api.call(put("/api/v1/councils/{id}/sheets/{d}", f.councilId(), f.a().id()), expert(6),
                scores(10, 10, 10, 10, 10, 10), 409);
        assertThat(code(problem)).isEqualTo("council.member-conflicted");
        assertThat(sheetCount(f)).isZero();
    }

    @Test
    void aMemberWhoDeclaredAConflictCannotScoreThatDossier() throws Exception {
        Fixture f = convened();
        api.call(post("/api/v1/councils/{id}/declarations", f.councilId()), expert(0),
                Map.of("dossierId", f.b().id(), "conflict", true, "note", "Tôi là đồng tác giả với chủ nhiệm"), 200);
        JsonNode problem = api.call(put("/api/v1/councils/{id}/sheets/{d}", f.councilId(), f.b().id()), expert(0),
                scores(10, 10, 10, 10, 10, 10), 409);
        assertThat(code(problem)).isEqualTo("council.member-conflicted");
        assertThat(sheetCount(f)).isZero();
    }

    @Test
    void aConflictDeclarationNeedsANote() throws Exception {
        Fixture f = constitute();
        JsonNode problem = api.call(post("/api/v1/councils/{id}/declarations", f.councilId()), expert(0),
                Map.of("dossierId", f.b().id(), "conflict", true), 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("note");
    }

    @Test
    void scoringBeforeDeclaringIsRefusedAndNothingIsStored() throws Exception {
        Fixture f = convened();
        JsonNode problem = api.call(put("/api/v1/councils/{id}/sheets/{d}", f.councilId(), f.b().id()), expert(1),
                scores(10, 10, 10, 10, 10, 10), 409);
        assertThat(code(problem)).isEqualTo("council.not-declared");
        assertThat(sheetCount(f)).isZero();
        JsonNode view = api.call(get("/api/v1/councils/{id}", f.councilId()), expert(1), null, 200);
        assertThat(view.get("dossiers").get(1).get("summary").isNull()).isTrue();
    }

    @Test
    void aSignedSheetCannotBeEditedThroughTheApplicationNorTheDatabase() throws Exception {
        Fixture f = convened();
        declareNoConflict(f, 2);
        JsonNode signed = scoreAndSign(f, 2, f.b(), scores(10, 20, 15, 10, 10, 5));
        assertThat(signed.get("signed").asBoolean()).isTrue();
        Map<String, Object> changed = new LinkedHashMap<>(scores(15, 25, 20, 15, 15, 10));
        changed.put("version", signed.get("version").asLong());
        JsonNode problem = api.call(put("/api/v1/councils/{id}/sheets/{d}", f.councilId(), f.b().id()), expert(2), changed,
                409);
        assertThat(code(problem)).isEqualTo("sheet.signed");
        JsonNode again = api.call(post("/api/v1/councils/{id}/sheets/{d}/sign", f.councilId(), f.b().id()), expert(2), null, 409);
        assertThat(code(again)).isEqualTo("sheet.signed");
        JsonNode stored = api.call(get("/api/v1/councils/{id}/sheets/{d}", f.councilId(), f.b().id()), expert(2), null, 200);
        assertThat(new BigDecimal(stored.get("total").asString())).isEqualByComparingTo("70");

        UUID sheetId = UUID.fromString(signed.get("id").asString());
        assertThatThrownBy(() -> jdbc.sql("update evaluation.score_sheet set total = 100 where id = ?").param(sheetId).update())
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("update evaluation.score_sheet_item set points = 1 where sheet_id = ?")
                .param(sheetId).update()).hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("delete from evaluation.score_sheet where id = ?").param(sheetId).update())
                .hasMessageContaining("signed");
    }

    @Test
    void pointsAboveACriterionMaximumAreRejected() throws Exception {
        Fixture f = convened();
        declareNoConflict(f, 3);
        JsonNode problem = api.call(put("/api/v1/councils/{id}/sheets/{d}", f.councilId(), f.b().id()), expert(3),
                scores(16, 10, 10, 10, 10, 10), 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("scores.C1");
        assertThat(sheetCount(f)).isZero();
    }

    @Test
    void closingWithUnsignedSheetsIsRefusedAndTheCouncilStaysConvened() throws Exception {
        Fixture f = convened();
        declareNoConflict(f, 0);
        scoreAndSign(f, 0, f.b(), scores(10, 20, 15, 10, 10, 5));
        JsonNode problem = api.call(post("/api/v1/councils/{id}/close", f.councilId()), OFFICER, null, 409);
        assertThat(code(problem)).isEqualTo("council.sheets-unsigned");
        JsonNode view = api.call(get("/api/v1/councils/{id}", f.councilId()), OFFICER, null, 200);
        assertThat(view.get("state").asString()).isEqualTo("CONVENED");
        assertThat(view.get("closedAt").isNull()).isTrue();
        api.call(get("/api/v1/councils/{id}/results", f.councilId()), OFFICER, null, 409);
    }

    @Test
    void conveningWithoutQuorumIsRefusedAndTheCouncilStaysADraft() throws Exception {
        Fixture f = constitute();
        JsonNode tooFew = api.call(post("/api/v1/councils/{id}/convene", f.councilId()), OFFICER,
                Map.of("present", f.memberIds().subList(0, 4)), 409);
        assertThat(code(tooFew)).isEqualTo("council.quorum-not-met");
        JsonNode noChair = api.call(post("/api/v1/councils/{id}/convene", f.councilId()), OFFICER,
                Map.of("present", f.memberIds().subList(1, 7)), 409);
        assertThat(code(noChair)).isEqualTo("council.quorum-not-met");
        JsonNode reviewerMissing = api.call(post("/api/v1/councils/{id}/convene", f.councilId()), OFFICER,
                Map.of("present", List.of(f.member(0), f.member(1), f.member(2), f.member(4), f.member(5), f.member(6))), 409);
        assertThat(code(reviewerMissing)).isEqualTo("council.quorum-not-met");
        JsonNode view = api.call(get("/api/v1/councils/{id}", f.councilId()), OFFICER, null, 200);
        assertThat(view.get("state").asString()).isEqualTo("DRAFT");
        assertThat(view.get("convenedAt").isNull()).isTrue();
        // the vice-chair with written authorisation and a reviewer's written review make the quorum
        JsonNode convened = api.call(post("/api/v1/councils/{id}/convene", f.councilId()), OFFICER,
                Map.of("present", f.memberIds().subList(1, 7).stream().filter(m -> !m.equals(f.member(3))).toList(),
                        "writtenReviews", List.of(f.member(3)), "viceChairAuthorised", true), 200);
        assertThat(convened.get("state").asString()).isEqualTo("CONVENED");
    }

    @Test
    void aCouncilOfFewerThanSevenMembersCannotConvene() throws Exception {
        UUID subject = testDossiers.batch(List.of(EvaluationMother.dossier("Hồ sơ C", null, EvaluationMother.MEDICAL_UNIVERSITY)));
        JsonNode council = api.call(post("/api/v1/councils"), OFFICER, Map.of("type", "SELECTION", "name", "Hội đồng nhỏ",
                "decisionNumber", "9/QĐ", "decisionDate", "2026-11-20",
                "subject", Map.of("kind", TestDossiers.KIND, "id", subject)), 201);
        UUID id = UUID.fromString(council.get("id").asString());
        JsonNode after = api.call(post("/api/v1/councils/{id}/members", id), OFFICER,
                Map.of("personId", pool.get(0).id(), "role", "CHAIR"), 201);
        JsonNode problem = api.call(post("/api/v1/councils/{id}/convene", id), OFFICER,
                Map.of("present", List.of(after.get("members").get(0).get("id").asString())), 409);
        assertThat(code(problem)).isEqualTo("council.composition-invalid");
        JsonNode secondChair = api.call(post("/api/v1/councils/{id}/members", id), OFFICER,
                Map.of("personId", pool.get(1).id(), "role", "CHAIR"), 409);
        assertThat(code(secondChair)).isEqualTo("council.role-taken");
    }

    @Test
    void anExpertWhoIsNotAMemberAndAnApplicantCannotReadTheCouncil() throws Exception {
        Fixture f = constitute();
        api.call(get("/api/v1/councils/{id}", f.councilId()), user("someone-else").roles("EXPERT"), null, 403);
        api.call(get("/api/v1/councils/{id}", f.councilId()), APPLICANT, null, 403);
        api.call(get("/api/v1/councils/{id}/sheets", f.councilId()), APPLICANT, null, 403);
        api.call(get("/api/v1/councils/{id}/minutes.pdf", f.councilId()), expert(0), null, 403);
        api.call(post("/api/v1/councils/{id}/convene", f.councilId()), expert(0), Map.of("present", f.memberIds()), 403);
        JsonNode mine = api.call(get("/api/v1/councils"), APPLICANT, null, 200);
        assertThat(mine.get("items").toString()).doesNotContain(f.councilId().toString());
        JsonNode memberList = api.call(get("/api/v1/councils").param("size", "200"), expert(0), null, 200);
        assertThat(memberList.get("items").toString()).contains(f.councilId().toString());
    }

    @Test
    void theApplicantReadsAggregatedFeedbackWithoutMemberNamesAndOnlyForTheirOwnDossier() throws Exception {
        Fixture f = convened();
        for (int i = 0; i < 7; i++) {
            declareNoConflict(f, i);
            if (i != 6) {
                scoreAndSign(f, i, f.a(), scores(12, 20, 16, 12, 12, 8));
            }
            scoreAndSign(f, i, f.b(), scores(10, 18, 14, 10, 10, 8));
        }
        api.call(post("/api/v1/councils/{id}/close", f.councilId()), OFFICER, null, 200);
        testDossiers.allowFeedback(f.a().id(), "applicant");
        JsonNode feedback = api.call(get("/api/v1/councils/feedback/{d}", f.a().id()), APPLICANT, null, 200);
        assertThat(new BigDecimal(feedback.get("mean").asString())).isEqualByComparingTo("80");
        assertThat(feedback.get("comments")).hasSize(6);
        assertThat(feedback.get("criteria")).hasSize(6);
        String text = feedback.toString();
        for (PersonView person : pool) {
            assertThat(text).doesNotContain(person.fullName());
        }
        assertThat(text).doesNotContain("memberId").doesNotContain("memberName");
        api.call(get("/api/v1/councils/feedback/{d}", f.b().id()), APPLICANT, null, 403);
    }

    @Test
    void theMinutesNameTheCouncilWithVietnameseDiacritics() throws Exception {
        Fixture f = convened();
        MvcResult pdf = mvc.perform(get("/api/v1/councils/{id}/minutes.pdf", f.councilId()).with(OFFICER))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String text = MinutesText.extract(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains("Hội đồng tư vấn tuyển chọn nhiệm vụ khoa học và công nghệ cấp thành phố");
        assertThat(text).contains(pool.get(0).fullName());
        assertThat(text).contains("BIÊN BẢN");
    }

    long sheetCount(Fixture f) {
        return jdbc.sql("select count(*) from evaluation.score_sheet where council_id = ?").param(f.councilId())
                .query(Long.class).single();
    }
}
