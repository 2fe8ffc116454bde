package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innoport.directory.Organisations;
import org.innoport.directory.People;
import org.innoport.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5 end to end over real HTTP: the task approved by part 1's journey goes through contract, two tranches (the
 * second refused until the first report is accepted), an extension, acceptance rated PASS by an ACCEPTANCE council,
 * recognition, liquidation, registration, closing and two outcomes; after every step the money view and the audit
 * trail's recorded money agree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskExecutionJourneyHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;

    TasksHttp http;
    String officer;
    String leader;
    String admin;
    ApprovalJourney journey;
    final List<JsonNode> moneyAfterEachStep = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new TasksHttp(port);
        officer = http.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        leader = http.tokenFor("leader", TasksHttp.DEMO_PASSWORD);
        admin = http.tokenFor("admin", TasksHttp.DEMO_PASSWORD);
        journey = new ApprovalJourney(http, new TasksMother(organisations, people, accounts), officer, leader);
    }

    @Test
    void anApprovedTaskIsContractedFundedAcceptedRegisteredClosedAndItsOutcomesRecorded() {
        String id = journey.approvedTask();
        String base = "/api/v1/tasks/" + id;
        LocalDate start = LocalDate.now();

        // Contract: 24 months, deliverables; four six-monthly reports scheduled.
        JsonNode file = step(http.expect(200, "PUT", base + "/contract", officer, Map.of("number", "15/2026/HĐ-SKHCN",
                "date", start.toString(), "parties", "Sở KH&CN; " + journey.host.name() + "; chủ nhiệm",
                "durationMonths", 24, "startDate", start.toString(), "deliverables", List.of(
                        Map.of("name", "Quy trình sản xuất giống hàu", "dueDate", start.plusMonths(18).toString()),
                        Map.of("name", "02 bài báo khoa học", "dueDate", start.plusMonths(24).toString())))));
        assertThat(file.get("status").asString()).isEqualTo("CONTRACTED");
        assertThat(file.get("contract").get("endDate").asString()).isEqualTo(start.plusMonths(24).toString());
        assertThat(file.get("progressReports").size()).isEqualTo(3);
        assertMoney(file, "STATE_BUDGET", 900_000_000L, 0, 0);
        file = step(http.post(base + "/start", officer, null));
        assertThat(file.get("status").asString()).isEqualTo("IN_PROGRESS");

        // First tranche: an advance of the state budget.
        file = step(http.post(base + "/disbursements", officer, tranche("ADVANCE", 2027, 400_000_000L, "01/QĐ")));
        assertMoney(file, "STATE_BUDGET", 900_000_000L, 400_000_000L, 0);

        // Second tranche refused until the first report is accepted; nothing changed.
        http.conflict("POST", base + "/disbursements", officer, tranche("PAYMENT", 2028, 300_000_000L, "02/QĐ"),
                "task.report-not-accepted");
        assertMoney(http.get(base + "/file", officer), "STATE_BUDGET", 900_000_000L, 400_000_000L, 0);
        String report = file.get("progressReports").get(0).get("id").asString();
        String fileId = upload(journey.hostToken, id);
        file = step(http.post(base + "/progress-reports/" + report + "/submit", journey.hostToken,
                Map.of("summary", "Đã hoàn thành khảo sát 3 vùng nuôi", "fileId", fileId)));
        assertThat(file.get("progressReports").get(0).get("fileId").asString()).isEqualTo(fileId);
        var attachment = http.call("GET", base + "/attachments/" + fileId, officer, null);
        assertThat(attachment.statusCode()).isEqualTo(200);
        assertThat(attachment.body()).contains("Báo cáo tiến độ kỳ 1");
        file = step(http.post(base + "/progress-reports/" + report + "/accept", officer, null));
        assertThat(file.get("progressReports").get(0).get("status").asString()).isEqualTo("ACCEPTED");
        file = step(http.post(base + "/disbursements", officer, tranche("PAYMENT", 2028, 300_000_000L, "02/QĐ")));
        assertMoney(file, "STATE_BUDGET", 900_000_000L, 700_000_000L, 0);
        assertThat(file.get("money").get("byYear")).anySatisfy(row -> {
            assertThat(row.get("source").asString()).isEqualTo("STATE_BUDGET");
            assertThat(row.get("fiscalYear").asInt()).isEqualTo(2028);
            assertThat(row.get("approved").asLong()).isEqualTo(350_000_000L);
            assertThat(row.get("disbursed").asLong()).isEqualTo(300_000_000L);
        });

        // Extension of 6 months, requested by the host, approved by the LEADER.
        file = step(http.post(base + "/change-requests", journey.hostToken, Map.of("kind", "EXTENSION",
                "reason", "Mùa vụ thả giống lùi 6 tháng", "months", 6)));
        String change = file.get("changeRequests").get(0).get("id").asString();
        file = step(http.post(base + "/change-requests/" + change + "/approve", leader, null));
        assertThat(file.get("durationMonths").asInt()).isEqualTo(30);
        assertThat(file.get("contract").get("endDate").asString()).isEqualTo(start.plusMonths(30).toString());

        // Acceptance: the host submits, the ACCEPTANCE council rates PASS (mean 85).
        file = step(http.post(base + "/submit-acceptance", journey.hostToken, null));
        assertThat(file.get("status").asString()).isEqualTo("ACCEPTANCE");
        journey.council("ACCEPTANCE", "task", id, journey.experts, id, "0.8", "0.9");
        file = step(http.get(base + "/file", officer));
        assertThat(file.get("acceptance").get("rating").asString()).isEqualTo("PASS");

        file = step(http.post(base + "/recognise", leader, Map.of("number", "88/QĐ-SKHCN",
                "date", start.toString())));
        assertThat(file.get("status").asString()).isEqualTo("RECOGNISED");
        file = step(http.post(base + "/liquidate", officer, Map.of("date", start.toString(), "settlement",
                TasksMother.lines(FundingSource.STATE_BUDGET, 2027, 400_000_000, FundingSource.STATE_BUDGET, 2028,
                        300_000_000))));
        assertMoney(file, "STATE_BUDGET", 900_000_000L, 700_000_000L, 700_000_000L);
        http.conflict("POST", base + "/close", officer, null, "task.not-registered");
        file = step(http.post(base + "/register", officer, Map.of("number", "2026-56-101/KQNC",
                "date", start.toString())));
        file = step(http.post(base + "/close", officer, null));
        assertThat(file.get("status").asString()).isEqualTo("CLOSED");

        // Outcomes after closing.
        step(http.post(base + "/outcomes", officer, Map.of("kind", "TECHNOLOGY_TRANSFER",
                "occurredOn", start.toString(), "description", "Chuyển giao quy trình cho HTX Cát Bà",
                "amount", 250_000_000L, "evidence", "Hợp đồng chuyển giao 07/2026")));
        file = step(http.post(base + "/outcomes", officer, Map.of("kind", "PUBLICATION",
                "occurredOn", start.toString(), "description", "Bài báo trên Tạp chí Khoa học Biển",
                "quantity", 1, "evidence", "DOI 10.0000/test")));
        assertThat(file.get("outcomes")).extracting(o -> o.get("kind").asString())
                .containsExactly("TECHNOLOGY_TRANSFER", "PUBLICATION");

        // The task list finds it with three filters, a sort and a page; other filters exclude it.
        String code = file.get("code").asString();
        JsonNode found = http.get("/api/v1/tasks?level=CITY&status=CLOSED&q=" + code + "&year="
                + LocalDate.now().getYear() + "&sort=code,asc&page=0&size=5", officer);
        assertThat(found.get("items")).extracting(t -> t.get("id").asString()).containsExactly(id);
        assertThat(http.get("/api/v1/tasks?status=IN_PROGRESS&q=" + code, officer).get("totalElements").asLong())
                .isZero();
        assertThat(http.get("/api/v1/tasks?host=" + journey.host.id(), officer).get("totalElements").asLong())
                .isEqualTo(1);

        // The task page shows approved / disbursed / settled per source and year; the portfolio page has its chart.
        org.innoport.support.HttpSession browser = new org.innoport.support.HttpSession(port);
        browser.signIn("officer", TasksHttp.DEMO_PASSWORD);
        var page = browser.get("/tasks/" + id, "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"task-money\"").contains("900.000.000 ₫").contains("700.000.000 ₫")
                .contains("15/2026/HĐ-SKHCN").contains("2026-56-101/KQNC");
        var portfolioPage = browser.get("/tasks/portfolio?groupBy=programme", "Accept", "text/html");
        assertThat(portfolioPage.statusCode()).isEqualTo(200);
        assertThat(portfolioPage.body()).contains("data-chart=\"portfolio\"").contains("/js/tasks-portfolio.js")
                .contains("id=\"reconciliation-table\"").doesNotContain("<script>");

        // The audit trail has every step, and its recorded money equals the money view after each step.
        JsonNode entries = http.get("/api/v1/audit/entries?aggregateType=Task&aggregateId=" + id
                + "&size=200&sort=id,asc", admin).get("items");
        List<String> actions = new ArrayList<>();
        List<JsonNode> audited = new ArrayList<>();
        entries.forEach(entry -> {
            actions.add(entry.get("action").asString());
            if (!entry.get("action").asString().equals("task.approved")) {
                audited.add(TasksHttp.JSON.readTree(entry.get("afterJson").asString()).get("money"));
            }
        });
        assertThat(actions).containsExactly("task.approved", "task.contracted", "task.started", "task.disbursed",
                "task.report-submitted", "task.report-accepted", "task.disbursed", "task.change-requested",
                "task.change-approved", "task.acceptance-submitted", "task.rated", "task.recognised",
                "task.liquidated", "task.registered", "task.closed", "task.outcome-recorded",
                "task.outcome-recorded");
        List<JsonNode> viewed = moneyAfterEachStep.stream().filter(m -> m != null).toList();
        // the view after the council (read, not a change) repeats the rated state
        assertThat(audited).hasSize(16);
        for (int i = 0; i < audited.size(); i++) {
            JsonNode view = viewed.get(i);
            JsonNode recorded = audited.get(i);
            view.get("bySource").forEach(row -> {
                JsonNode cell = recorded.get(row.get("source").asString());
                assertThat(cell.get("approved").asLong()).isEqualTo(row.get("approved").asLong());
                assertThat(cell.get("disbursed").asLong()).isEqualTo(row.get("disbursed").asLong());
                assertThat(cell.get("settled").asLong()).isEqualTo(row.get("settled").asLong());
            });
        }
    }

    private String upload(String token, String taskId) {
        String boundary = "----tasks" + java.util.UUID.randomUUID();
        String body = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao-cao.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nBáo cáo tiến độ kỳ 1\r\n--" + boundary + "--\r\n";
        var response = new org.innoport.support.HttpSession(port).send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/tasks/" + taskId + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TasksHttp.JSON.readTree(response.body()).get("fileId").asString();
    }

    private JsonNode step(JsonNode file) {
        moneyAfterEachStep.add(file.get("money"));
        return file;
    }

    private static Map<String, Object> tranche(String kind, int year, long amount, String decision) {
        return Map.of("kind", kind, "source", "STATE_BUDGET", "fiscalYear", year, "amount", amount,
                "decisionNumber", decision + "-SKHCN", "decisionDate", LocalDate.now().toString());
    }

    private static void assertMoney(JsonNode file, String source, long approved, long disbursed, long settled) {
        assertThat(file.get("money").get("bySource")).anySatisfy(row -> {
            assertThat(row.get("source").asString()).isEqualTo(source);
            assertThat(row.get("approved").asLong()).isEqualTo(approved);
            assertThat(row.get("disbursed").asLong()).isEqualTo(disbursed);
            assertThat(row.get("settled").asLong()).isEqualTo(settled);
        });
    }
}
