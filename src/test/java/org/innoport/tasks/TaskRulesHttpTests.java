package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innoport.tasks.FundingSource.COUNTERPART;
import static org.innoport.tasks.FundingSource.STATE_BUDGET;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.OrganisationView;
import org.innoport.directory.Organisations;
import org.innoport.directory.People;
import org.innoport.directory.PersonView;
import org.innoport.evaluation.CouncilClosed;
import org.innoport.evaluation.CouncilSubject;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.DossierResult;
import org.innoport.identity.Accounts;
import org.innoport.identity.UserMother;
import org.innoport.support.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Illegal steps are refused with 409 and a stable code, and change nothing; applicants see only their own
 * organisation's applications. Real HTTP with tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskRulesHttpTests {

    static final String ILLEGAL = "state.illegal-transition";

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    TasksHttp http;
    TasksMother mother;
    String officer;
    String leader;

    @BeforeEach
    void setUp() {
        http = new TasksHttp(port);
        mother = new TasksMother(organisations, people, accounts);
        officer = http.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        leader = http.tokenFor("leader", TasksHttp.DEMO_PASSWORD);
    }

    @Test
    void submittingAfterTheCallClosedIsRefusedAndChangesNothing() {
        Applicant applicant = applicant();
        String listingId = listedTask(1_000_000_000L);
        String callId = openCall(listingId);
        String id = draft(applicant, callId, listingId, 500_000_000);
        http.post("/api/v1/calls/" + callId + "/close", officer, null);

        JsonNode problem = http.conflict("POST", "/api/v1/applications/" + id + "/submit", applicant.token, null,
                ILLEGAL);
        assertThat(problem.get("detail").asString()).isNotBlank();
        JsonNode after = http.get("/api/v1/applications/" + id, applicant.token);
        assertThat(after.get("status").asString()).isEqualTo("DRAFT");
        assertThat(after.get("submittedAt").isNull()).isTrue();
        assertThat(after.get("version").asLong()).isZero();
    }

    @Test
    void editingASubmittedApplicationIsRefusedAndChangesNothing() {
        Applicant applicant = applicant();
        String listingId = listedTask(1_000_000_000L);
        String callId = openCall(listingId);
        String id = draft(applicant, callId, listingId, 500_000_000);
        JsonNode submitted = http.post("/api/v1/applications/" + id + "/submit", applicant.token, null);

        Map<String, Object> changed = applicationBody(callId, listingId, applicant.pi, 900_000_000);
        changed.put("content", "Nội dung sửa sau khi nộp");
        changed.put("version", submitted.get("version").asLong());
        http.conflict("PUT", "/api/v1/applications/" + id, applicant.token, changed, ILLEGAL);

        JsonNode after = http.get("/api/v1/applications/" + id, applicant.token);
        assertThat(after.get("content").asString()).isEqualTo("Thuyết minh ban đầu");
        assertThat(after.get("budgetTotals").get("total").asLong()).isEqualTo(500_000_000L);
        assertThat(after.get("version").asLong()).isEqualTo(submitted.get("version").asLong());
    }

    @Test
    void editingADraftWithAStaleVersionIsAVersionConflict() {
        Applicant applicant = applicant();
        String listingId = listedTask(1_000_000_000L);
        String callId = openCall(listingId);
        String id = draft(applicant, callId, listingId, 500_000_000);
        Map<String, Object> body = applicationBody(callId, listingId, applicant.pi, 600_000_000);
        body.put("version", 0);
        assertThat(http.expect(200, "PUT", "/api/v1/applications/" + id, applicant.token, body)
                .get("budgetTotals").get("total").asLong()).isEqualTo(600_000_000L);
        http.conflict("PUT", "/api/v1/applications/" + id, applicant.token, body, "version.conflict");
    }

    @Test
    void approvingWithoutAPassingApplicationIsRefusedAndCreatesNoTask() {
        Applicant applicant = applicant();
        String listingId = listedTask(1_000_000_000L);
        String callId = openCall(listingId);
        String id = draft(applicant, callId, listingId, 500_000_000);
        http.post("/api/v1/applications/" + id + "/submit", applicant.token, null);
        http.post("/api/v1/calls/" + callId + "/close", officer, null);
        http.post("/api/v1/applications/" + id + "/open", officer, null);
        http.post("/api/v1/applications/" + id + "/mark-valid", officer, null);
        closeCouncil(CouncilType.SELECTION, "call", callId,
                new DossierResult(UUID.fromString(id), UUID.fromString(listingId), 7, new BigDecimal("61.40"), false,
                        new BigDecimal("12.00"), 1, null, List.of()));
        assertThat(http.get("/api/v1/applications/" + id, officer).get("status").asString())
                .isEqualTo("NOT_SELECTED");

        http.conflict("POST", "/api/v1/applications/" + id + "/approve", leader, null, ILLEGAL);
        http.conflict("POST", "/api/v1/applications/" + id + "/appraise", officer,
                Map.of("lines", TasksMother.lines(STATE_BUDGET, 2027, 100_000_000)), ILLEGAL);

        assertThat(http.get("/api/v1/applications/" + id, officer).get("status").asString())
                .isEqualTo("NOT_SELECTED");
        assertThat(http.get("/api/v1/task-listings/" + listingId, officer).get("status").asString())
                .isEqualTo("IN_CALL");
        assertThat(jdbc.sql("select count(*) from tasks.tasks where application_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSelectedApplicationIsNotApprovedBeforeItsBudgetIsAppraised() {
        Applicant applicant = applicant();
        String listingId = listedTask(1_000_000_000L);
        String id = selectedApplication(applicant, listingId, 800_000_000);
        http.conflict("POST", "/api/v1/applications/" + id + "/approve", leader, null, ILLEGAL);
        assertThat(http.get("/api/v1/applications/" + id, officer).get("status").asString()).isEqualTo("SELECTED");
    }

    @Test
    void appraisalAboveTheCeilingIsRefusedAndChangesNothing() {
        Applicant applicant = applicant();
        String listingId = listedTask(700_000_000L);
        String id = selectedApplication(applicant, listingId, 650_000_000);
        JsonNode before = http.get("/api/v1/applications/" + id, officer);

        JsonNode problem = http.conflict("POST", "/api/v1/applications/" + id + "/appraise", officer,
                Map.of("lines", TasksMother.lines(STATE_BUDGET, 2027, 500_000_000, COUNTERPART, 2027, 200_000_001)),
                ILLEGAL);
        assertThat(problem.get("detail").asString()).contains("700");

        JsonNode after = http.get("/api/v1/applications/" + id, officer);
        assertThat(after.get("status").asString()).isEqualTo("SELECTED");
        assertThat(after.get("approvedBudget").size()).isZero();
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());

        JsonNode exact = http.post("/api/v1/applications/" + id + "/appraise", officer,
                Map.of("lines", TasksMother.lines(STATE_BUDGET, 2027, 500_000_000, COUNTERPART, 2027, 200_000_000)));
        assertThat(exact.get("approvedTotals").get("total").asLong()).isEqualTo(700_000_000L);
    }

    @Test
    void anApplicantCannotReadOrChangeAnotherOrganisationsApplication() {
        Applicant owner = applicant();
        Applicant other = applicant();
        String listingId = listedTask(1_000_000_000L);
        String callId = openCall(listingId);
        String id = draft(owner, callId, listingId, 500_000_000);

        assertThat(http.call("GET", "/api/v1/applications/" + id, other.token, null).statusCode()).isEqualTo(404);
        assertThat(http.call("POST", "/api/v1/applications/" + id + "/submit", other.token, null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("GET", "/api/v1/applications/" + id + "/feedback", other.token, null).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/applications?callId=" + callId, other.token).get("totalElements").asLong())
                .isZero();
        assertThat(http.get("/api/v1/applications/" + id, owner.token).get("status").asString()).isEqualTo("DRAFT");
        assertThat(http.get("/api/v1/applications/" + id, officer).get("id").asString()).isEqualTo(id);
    }

    @Test
    void editingASubmittedProposalIsRefusedAndOnlyOfficersScreen() {
        Applicant applicant = applicant();
        String roundId = openRound();
        Map<String, Object> body = TaskJourneyHttpTests.proposalBody(roundId, programmeId());
        String id = http.create("/api/v1/proposals", applicant.token, body).get("id").asString();
        http.post("/api/v1/proposals/" + id + "/submit", applicant.token, null);

        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("title", "Tên đã sửa");
        http.conflict("PUT", "/api/v1/proposals/" + id, applicant.token, changed, ILLEGAL);
        assertThat(http.call("POST", "/api/v1/proposals/" + id + "/mark-valid", applicant.token, null).statusCode())
                .isEqualTo(403);
        JsonNode after = http.get("/api/v1/proposals/" + id, applicant.token);
        assertThat(after.get("title").asString()).isEqualTo(body.get("title"));
        assertThat(after.get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void aDirectlyAssignedTaskTakesOneApplicationOnly() {
        Applicant first = applicant();
        Applicant second = applicant();
        String listingId = listedTask(1_000_000_000L, "DIRECT_ASSIGNMENT");
        String callId = openCall(listingId);
        String assigned = draft(first, callId, listingId, 500_000_000);
        String other = draft(second, callId, listingId, 400_000_000);
        http.post("/api/v1/applications/" + assigned + "/submit", first.token, null);

        http.conflict("POST", "/api/v1/applications/" + other + "/submit", second.token, null, ILLEGAL);
        assertThat(http.get("/api/v1/applications/" + other, second.token).get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void anAttachmentIsStoredWithTheDraftAndRefusedAfterSubmission() {
        Applicant applicant = applicant();
        String listingId = listedTask(1_000_000_000L);
        String callId = openCall(listingId);
        String id = draft(applicant, callId, listingId, 500_000_000);

        assertThat(upload(applicant.token, id).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/applications/" + id, applicant.token).get("attachmentIds").size()).isEqualTo(1);
        http.post("/api/v1/applications/" + id + "/submit", applicant.token, null);
        HttpResponse<String> late = upload(applicant.token, id);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(http.get("/api/v1/applications/" + id, applicant.token).get("attachmentIds").size()).isEqualTo(1);
    }

    @Test
    void approvalRefusesAStateAmountThatTheProgrammeNoLongerHas() {
        String programmeId = http.get("/api/v1/programmes", null).get(3).get("id").asString();
        long remaining = 0;
        for (JsonNode year : http.get("/api/v1/programmes/" + programmeId + "/years", null)) {
            if (year.get("fiscalYear").asInt() == 2030) {
                remaining = year.get("remaining").asLong();
            }
        }
        assertThat(remaining).isPositive();
        Applicant first = applicant();
        Applicant second = applicant();
        String firstId = selectedApplication(first, listedTask(remaining, "OPEN_SELECTION", programmeId), 1_000);
        String secondId = selectedApplication(second, listedTask(remaining, "OPEN_SELECTION", programmeId), 1_000);
        Map<String, Object> all = Map.of("lines", TasksMother.lines(STATE_BUDGET, 2030, remaining));
        http.post("/api/v1/applications/" + firstId + "/appraise", officer, all);
        http.post("/api/v1/applications/" + secondId + "/appraise", officer, all);

        http.create("/api/v1/applications/" + firstId + "/approve", leader, null);
        http.conflict("POST", "/api/v1/applications/" + secondId + "/approve", leader, null, ILLEGAL);
        assertThat(http.get("/api/v1/applications/" + secondId, officer).get("status").asString())
                .isEqualTo("APPRAISED");
        assertThat(jdbc.sql("select count(*) from tasks.tasks where application_id = ?::uuid").param(secondId)
                .query(Long.class).single()).isZero();
    }

    private HttpResponse<String> upload(String token, String id) {
        String boundary = "----tasks" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"thuyet-minh.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThuyết minh nhiệm vụ\r\n--" + boundary + "--\r\n";
        return new HttpSession(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/applications/" + id + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)).build());
    }

    // ---- fixtures

    record Applicant(String token, UUID organisationId, UUID pi) {
    }

    private Applicant applicant() {
        OrganisationView organisation = mother.organisation("Tổ chức chủ trì thử");
        PersonView pi = mother.person("Chủ nhiệm thử", organisation.id(), null);
        String username = mother.applicant(organisation.id()).username();
        return new Applicant(http.tokenFor(username, UserMother.PASSWORD), organisation.id(), pi.id());
    }

    private String programmeId() {
        return http.get("/api/v1/programmes", null).get(0).get("id").asString();
    }

    private String openRound() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return http.create("/api/v1/proposal-rounds", officer, Map.of("name", "Đợt thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString()))
                .get("id").asString();
    }

    /** A proposal taken through screening and a (published) identification result onto the approved list. */
    private String listedTask(long ceiling) {
        return listedTask(ceiling, "OPEN_SELECTION");
    }

    private String listedTask(long ceiling, String mode) {
        return listedTask(ceiling, mode, programmeId());
    }

    private String listedTask(long ceiling, String mode, String programmeId) {
        Applicant proposer = applicant();
        String roundId = openRound();
        String id = http.create("/api/v1/proposals", proposer.token,
                TaskJourneyHttpTests.proposalBody(roundId, programmeId)).get("id").asString();
        http.post("/api/v1/proposals/" + id + "/submit", proposer.token, null);
        http.post("/api/v1/proposals/" + id + "/mark-valid", officer, null);
        closeCouncil(CouncilType.IDENTIFICATION, "proposal-round", roundId,
                new DossierResult(UUID.fromString(id), UUID.fromString(id), 7, new BigDecimal("80.00"), true,
                        new BigDecimal("20.00"), 1, null, List.of()));
        return http.create("/api/v1/proposals/" + id + "/list", leader,
                Map.of("selectionMode", mode, "budgetCeiling", ceiling)).get("id").asString();
    }

    private String openCall(String listingId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return http.create("/api/v1/calls", officer, Map.of("title", "Tuyển chọn thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString(),
                "listingIds", List.of(listingId))).get("id").asString();
    }

    private String draft(Applicant applicant, String callId, String listingId, long state) {
        return http.create("/api/v1/applications", applicant.token,
                applicationBody(callId, listingId, applicant.pi, state)).get("id").asString();
    }

    private String selectedApplication(Applicant applicant, String listingId, long state) {
        String callId = openCall(listingId);
        String id = draft(applicant, callId, listingId, state);
        http.post("/api/v1/applications/" + id + "/submit", applicant.token, null);
        http.post("/api/v1/calls/" + callId + "/close", officer, null);
        http.post("/api/v1/applications/" + id + "/open", officer, null);
        http.post("/api/v1/applications/" + id + "/mark-valid", officer, null);
        closeCouncil(CouncilType.SELECTION, "call", callId,
                new DossierResult(UUID.fromString(id), UUID.fromString(listingId), 7, new BigDecimal("78.00"), true,
                        new BigDecimal("18.00"), 1, null, List.of()));
        return id;
    }

    private static Map<String, Object> applicationBody(String callId, String listingId, UUID pi, long state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("listingId", listingId);
        body.put("piPersonId", pi);
        body.put("teamPersonIds", Set.of());
        body.put("content", "Thuyết minh ban đầu");
        body.put("budgetLines", TasksMother.lines(STATE_BUDGET, 2027, state));
        return body;
    }

    private void closeCouncil(CouncilType type, String kind, String subjectId, DossierResult result) {
        transactions.executeWithoutResult(status -> events.publishEvent(new CouncilClosed(UUID.randomUUID(), type,
                new CouncilSubject(kind, UUID.fromString(subjectId)), "QĐ-thử", List.of(result), Instant.now())));
    }
}
