package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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

/** Refusals with 409 and a stable code that change nothing, and concurrent saves of one task. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskExecutionRulesHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    OverdueReports overdueReports;
    @Autowired
    org.innoport.platform.Notifications notifications;

    TasksHttp http;
    String officer;
    String leader;
    ApprovalJourney journey;

    @BeforeEach
    void setUp() {
        http = new TasksHttp(port);
        officer = http.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        leader = http.tokenFor("leader", TasksHttp.DEMO_PASSWORD);
        journey = new ApprovalJourney(http, new TasksMother(organisations, people, accounts), officer, leader);
    }

    @Test
    void overDisbursementReallocationOfASourceTotalAndEarlyAcceptanceOrClosingAreRefusedAndChangeNothing() {
        String base = "/api/v1/tasks/" + journey.approvedTask();
        LocalDate start = LocalDate.now();
        http.expect(200, "PUT", base + "/contract", officer, contract(start, null));
        http.post(base + "/start", officer, null);
        http.post(base + "/disbursements", officer, tranche(2027, 500_000_000L));
        JsonNode before = http.get(base + "/file", officer);

        // 1. Disbursing beyond the approved state amount (900 M): 500 M + 401 M.
        String report = before.get("progressReports").get(0).get("id").asString();
        http.post(base + "/progress-reports/" + report + "/submit", journey.hostToken, Map.of("summary", "Kỳ 1"));
        http.post(base + "/progress-reports/" + report + "/accept", officer, null);
        JsonNode accepted = http.get(base + "/file", officer);
        http.conflict("POST", base + "/disbursements", officer, tranche(2028, 401_000_000L),
                "task.over-disbursement");
        assertThat(http.get(base + "/file", officer)).isEqualTo(accepted);

        // 2. A reallocation moving 100 M from state to counterpart without a budget change.
        Map<String, Object> reallocation = Map.of("kind", "BUDGET_REALLOCATION", "reason", "Chuyển nguồn",
                "budgetLines", TasksMother.lines(FundingSource.STATE_BUDGET, 2027, 500_000_000,
                        FundingSource.STATE_BUDGET, 2028, 300_000_000, FundingSource.COUNTERPART, 2027, 300_000_000,
                        FundingSource.OTHER, 2028, 100_000_000));
        http.conflict("POST", base + "/change-requests", journey.hostToken, reallocation,
                "task.source-total-changed");
        assertThat(http.get(base + "/file", officer)).isEqualTo(accepted);
        // the same cells moved between years with totals kept are accepted as a reallocation
        JsonNode moved = http.post(base + "/change-requests", journey.hostToken, Map.of("kind",
                "BUDGET_REALLOCATION", "reason", "Chuyển năm", "budgetLines", TasksMother.lines(
                        FundingSource.STATE_BUDGET, 2027, 600_000_000, FundingSource.STATE_BUDGET, 2028, 300_000_000,
                        FundingSource.COUNTERPART, 2027, 200_000_000, FundingSource.OTHER, 2028, 100_000_000)));
        String change = moved.get("changeRequests").get(0).get("id").asString();
        JsonNode reallocated = http.post(base + "/change-requests/" + change + "/approve", leader, null);
        assertThat(reallocated.get("money").get("byYear")).anySatisfy(row -> {
            assertThat(row.get("fiscalYear").asInt()).isEqualTo(2027);
            assertThat(row.get("source").asString()).isEqualTo("STATE_BUDGET");
            assertThat(row.get("approved").asLong()).isEqualTo(600_000_000L);
        });

        // 3. Submitting for acceptance with a submitted but unaccepted report.
        String second = reallocated.get("progressReports").get(1).get("id").asString();
        JsonNode pending = http.post(base + "/progress-reports/" + second + "/submit", journey.hostToken,
                Map.of("summary", "Kỳ 2"));
        http.conflict("POST", base + "/submit-acceptance", journey.hostToken, null, "task.reports-unaccepted");
        assertThat(http.get(base + "/file", officer)).isEqualTo(pending);

        // 4. Closing before registration.
        http.conflict("POST", base + "/close", officer, null, "task.not-registered");
        assertThat(http.get(base + "/file", officer)).isEqualTo(pending);
    }

    @Test
    void twoOfficersSavingTheSameTaskConcurrentlyOneGetsVersionConflict() throws Exception {
        String base = "/api/v1/tasks/" + journey.approvedTask();
        LocalDate start = LocalDate.now();
        long version = http.expect(200, "PUT", base + "/contract", officer, contract(start, null)).get("version")
                .asLong();
        String otherOfficer = http.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
        for (String token : List.of(officer, otherOfficer)) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return http.call("PUT", base + "/contract", token, contract(start.plusDays(1), version));
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> save : saves) {
            statuses.add(save.get().statusCode());
            bodies.add(save.get().body());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String conflict = bodies.get(statuses.indexOf(409));
        assertThat(TasksHttp.JSON.readTree(conflict).get("code").asString()).isEqualTo("version.conflict");
        assertThat(http.get(base + "/file", officer).get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void reportsPastTheirDueDateAreFlaggedOverdueAndNotifiedOnce() {
        String id = journey.approvedTask();
        String base = "/api/v1/tasks/" + id;
        LocalDate start = LocalDate.now().minusMonths(13);
        Map<String, Object> body = new java.util.HashMap<>(contract(start, null));
        body.put("date", start.toString());
        JsonNode file = http.expect(200, "PUT", base + "/contract", officer, body);
        http.post(base + "/start", officer, null);
        assertThat(file.get("progressReports").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(file.get("progressReports").get(1).get("overdue").asBoolean()).isTrue();
        assertThat(file.get("progressReports").get(2).get("overdue").asBoolean()).isFalse();

        assertThat(overdueReports.check()).isGreaterThanOrEqualTo(2);
        String code = file.get("code").asString();
        var notices = notifications.of("officer", org.springframework.data.domain.PageRequest.of(0, 200))
                .getContent().stream().filter(n -> n.subject().contains(code)).toList();
        assertThat(notices).hasSize(2);
        overdueReports.check();
        assertThat(notifications.of("officer", org.springframework.data.domain.PageRequest.of(0, 200))
                .getContent().stream().filter(n -> n.subject().contains(code)).count()).isEqualTo(2);
    }

    private static Map<String, Object> contract(LocalDate start, Long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("number", "20/2026/HĐ", "date", start.toString(),
                "parties", "Sở KH&CN; tổ chức chủ trì; chủ nhiệm", "durationMonths", 24,
                "startDate", start.toString(), "deliverables", List.of()));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> tranche(int year, long amount) {
        return Map.of("kind", "PAYMENT", "source", "STATE_BUDGET", "fiscalYear", year, "amount", amount,
                "decisionNumber", "05/QĐ-SKHCN", "decisionDate", LocalDate.now().toString());
    }
}
