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
import org.innoport.identity.UserSummary;
import org.innoport.support.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tasks pages, signed in through the login form over real HTTP: the call page with its countdown, the
 * application form's budget table, the officer's board, the LEADER's decision page and the task pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskPagesHttpTests {

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

    TasksHttp api;
    TasksMother mother;
    String officer;
    String leader;

    @BeforeEach
    void setUp() {
        api = new TasksHttp(port);
        mother = new TasksMother(organisations, people, accounts);
        officer = api.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        leader = api.tokenFor("leader", TasksHttp.DEMO_PASSWORD);
    }

    @Test
    void anApplicantPreparesAndSubmitsAnApplicationThroughThePages() {
        OrganisationView host = mother.organisation("Viện trang thử");
        PersonView pi = mother.person("Chủ nhiệm trang thử", host.id(), null);
        UserSummary applicant = mother.applicant(host.id());
        String listingId = listedTask();
        String callId = openCall(listingId);
        HttpSession browser = signedIn(applicant.username(), UserMother.PASSWORD);

        String callPage = page(browser, "/calls/" + callId);
        assertThat(callPage).contains("id=\"countdown\"").contains("data-deadline=").contains("/js/tasks-countdown.js")
                .contains("/applications/new?callId=" + callId + "&listingId=" + listingId);

        String form = page(browser, "/applications/new?callId=" + callId + "&listingId=" + listingId);
        assertThat(form).contains("name=\"budget.STATE_BUDGET.").contains("name=\"budget.COUNTERPART.")
                .contains("data-grand-total").contains(pi.fullName()).doesNotContain("<script>");

        int year = java.time.LocalDate.now().getYear();
        HttpResponse<String> created = post(browser, "/applications/new?callId=" + callId + "&listingId=" + listingId,
                "/applications", Map.of("callId", callId, "listingId", listingId, "piPersonId", pi.id().toString(),
                        "content", "Thuyết minh qua trang", "budget.STATE_BUDGET." + year, "300.000.000",
                        "budget.COUNTERPART." + (year + 1), "50.000.000"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/applications/[0-9a-f-]{36}");
        String id = location.substring(location.lastIndexOf('/') + 1);

        var stored = api.get("/api/v1/applications/" + id, officer);
        assertThat(stored.get("budgetTotals").get("total").asLong()).isEqualTo(350_000_000L);
        assertThat(stored.get("budgetTotals").get("bySource").get("COUNTERPART").asLong()).isEqualTo(50_000_000L);

        String detail = page(browser, "/applications/" + id);
        assertThat(detail).contains("Thuyết minh qua trang").contains("data-confirm=").contains("/submit");
        HttpResponse<String> submitted = post(browser, "/applications/" + id, "/applications/" + id + "/submit",
                Map.of("version", String.valueOf(stored.get("version").asLong())));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/v1/applications/" + id, officer).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(page(browser, "/applications")).contains("/applications/" + id);
    }

    @Test
    void officersSeeTheBoardByStatusAndLeadersTheDecisionsAndTasks() {
        HttpSession officerBrowser = signedIn("officer", TasksHttp.DEMO_PASSWORD);
        assertThat(page(officerBrowser, "/applications")).contains("id=\"status-filter\"").contains("?status=OPENED");
        assertThat(page(officerBrowser, "/applications?status=APPROVED")).contains("nav-link active");
        assertThat(page(officerBrowser, "/calls")).contains("Ban hành thông báo tuyển chọn");
        assertThat(page(officerBrowser, "/proposals")).contains("id=\"round-form\"");

        HttpSession leaderBrowser = signedIn("leader", TasksHttp.DEMO_PASSWORD);
        assertThat(page(leaderBrowser, "/decisions")).contains("href=\"/decisions\"");
        assertThat(page(leaderBrowser, "/tasks")).contains("href=\"/tasks\"");
        assertThat(page(leaderBrowser, "/programmes")).contains("Đổi mới công nghệ").contains("CT-TD-01");
    }

    @Test
    void anApplicantDoesNotSeeAnotherOrganisationsApplicationPage() {
        OrganisationView host = mother.organisation("Viện chủ hồ sơ thử");
        PersonView pi = mother.person("Chủ nhiệm riêng thử", host.id(), null);
        String owner = api.tokenFor(mother.applicant(host.id()).username(), UserMother.PASSWORD);
        String listingId = listedTask();
        String callId = openCall(listingId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("listingId", listingId);
        body.put("piPersonId", pi.id());
        body.put("teamPersonIds", Set.of());
        body.put("content", "Bí mật của tổ chức");
        body.put("budgetLines", TasksMother.lines(STATE_BUDGET, 2027, 100_000_000, COUNTERPART, 2027, 1));
        String id = api.create("/api/v1/applications", owner, body).get("id").asString();

        HttpSession stranger = signedIn("applicant2", TasksHttp.DEMO_PASSWORD);
        HttpResponse<String> response = stranger.get("/applications/" + id, "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Bí mật của tổ chức");
    }

    @Test
    void aProposerEditsTheDraftThroughThePagesAndNotAfterSubmitting() {
        UserSummary proposer = mother.applicant(mother.organisation("Tổ chức sửa đề xuất thử").id());
        String token = api.tokenFor(proposer.username(), UserMother.PASSWORD);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String roundId = api.create("/api/v1/proposal-rounds", officer, Map.of("name", "Đợt sửa thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString()))
                .get("id").asString();
        String programmeId = api.get("/api/v1/programmes", null).get(4).get("id").asString();
        var created = api.create("/api/v1/proposals", token, TaskJourneyHttpTests.proposalBody(roundId, programmeId));
        String id = created.get("id").asString();
        HttpSession browser = signedIn(proposer.username(), UserMother.PASSWORD);

        assertThat(page(browser, "/proposals/" + id + "/edit")).contains("Nghiên cứu giống hàu");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("roundId", roundId);
        fields.put("title", "Tên đề xuất đã sửa trên trang");
        fields.put("type", "RESEARCH_TOPIC");
        fields.put("programmeId", programmeId);
        fields.put("problem", "Vấn đề");
        fields.put("objectives", "Mục tiêu");
        fields.put("expectedResults", "Kết quả");
        fields.put("estimatedBudget", "1.200.000.000");
        fields.put("durationMonths", "18");
        fields.put("version", String.valueOf(created.get("version").asLong()));
        assertThat(post(browser, "/proposals/" + id + "/edit", "/proposals/" + id, fields).statusCode()).isEqualTo(302);
        var edited = api.get("/api/v1/proposals/" + id, token);
        assertThat(edited.get("title").asString()).isEqualTo("Tên đề xuất đã sửa trên trang");
        assertThat(edited.get("estimatedBudget").asLong()).isEqualTo(1_200_000_000L);

        api.post("/api/v1/proposals/" + id + "/submit", token, null);
        fields.put("title", "Sửa sau khi nộp");
        fields.put("version", String.valueOf(api.get("/api/v1/proposals/" + id, token).get("version").asLong()));
        post(browser, "/proposals/" + id, "/proposals/" + id, fields);
        assertThat(api.get("/api/v1/proposals/" + id, token).get("title").asString())
                .isEqualTo("Tên đề xuất đã sửa trên trang");
    }

    @Test
    void programmesArePublic() {
        HttpResponse<String> response = new HttpSession(port).get("/programmes", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Khoa học xã hội và nhân văn").contains("08-NQ/TU");
    }

    // ---- helpers

    private HttpSession signedIn(String username, String password) {
        HttpSession session = new HttpSession(port);
        assertThat(session.signIn(username, password).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        return session;
    }

    private static String page(HttpSession session, String path) {
        HttpResponse<String> response = session.get(path, "Accept", "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> post(HttpSession session, String formPage, String action,
                                             Map<String, String> fields) {
        StringBuilder form = new StringBuilder("_csrf=" + encode(session.csrfToken(formPage)));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return session.send(HttpRequest.newBuilder(URI.create(session.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String listedTask() {
        String proposer = api.tokenFor(mother.applicant(mother.organisation("Tổ chức đề xuất thử").id()).username(),
                UserMother.PASSWORD);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String roundId = api.create("/api/v1/proposal-rounds", officer, Map.of("name", "Đợt trang thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString()))
                .get("id").asString();
        String programmeId = api.get("/api/v1/programmes", null).get(1).get("id").asString();
        String id = api.create("/api/v1/proposals", proposer, TaskJourneyHttpTests.proposalBody(roundId, programmeId))
                .get("id").asString();
        api.post("/api/v1/proposals/" + id + "/submit", proposer, null);
        api.post("/api/v1/proposals/" + id + "/mark-valid", officer, null);
        transactions.executeWithoutResult(status -> events.publishEvent(new CouncilClosed(UUID.randomUUID(),
                CouncilType.IDENTIFICATION, new CouncilSubject("proposal-round", UUID.fromString(roundId)), "QĐ-thử",
                List.of(new DossierResult(UUID.fromString(id), UUID.fromString(id), 5, new BigDecimal("75.00"), true,
                        new BigDecimal("15.00"), 1, null, List.of())), Instant.now())));
        return api.create("/api/v1/proposals/" + id + "/list", leader,
                Map.of("selectionMode", "OPEN_SELECTION", "budgetCeiling", 900_000_000L)).get("id").asString();
    }

    private String openCall(String listingId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return api.create("/api/v1/calls", officer, Map.of("title", "Tuyển chọn trang thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString(),
                "listingIds", List.of(listingId))).get("id").asString();
    }
}
