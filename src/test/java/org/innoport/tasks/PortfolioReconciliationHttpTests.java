package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.tasks.TaskRegistry.RegistryForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * With exactly the reported aggregates loaded as 205 city registry records of 2013–2022 (built here, not by the demo
 * data), the portfolio gives the reported figures and the reconciliation shows full coverage and no difference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PortfolioReconciliationHttpTests {

    static final long TASKS = 205;
    static final long STATE = 156_502_394_000L;
    static final long MOBILISED = 100_970_622_000L;

    @LocalServerPort
    int port;
    @Autowired
    TaskRegistry registry;

    @Test
    void theRegistryOfTheReportedTasksReproducesTheReportedAggregatesAndReconcilesFully() {
        TasksHttp http = new TasksHttp(port);
        String officer = http.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        JsonNode before = http.get("/api/v1/tasks/reconciliation?level=CITY&from=2013&to=2022", officer);
        assertThat(before.get("reported").get("tasks").asLong()).isEqualTo(TASKS);
        assertThat(before.get("reportedSource").asString()).isNotBlank();

        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < TASKS; i++) {
            boolean last = i == TASKS - 1;
            long state = STATE / TASKS + (last ? STATE % TASKS : 0);
            long mobilised = MOBILISED / TASKS + (last ? MOBILISED % TASKS : 0);
            long counterpart = mobilised * 2 / 3;
            registry.registerAsSystem(new RegistryForm("HP." + run + "." + i, "Nhiệm vụ cấp thành phố " + i,
                    TaskLevel.CITY, i % 2 == 0 ? "KC-01" : "KC-02", i % 3 == 0 ? "1" : "2", "Tổ chức chủ trì " + i,
                    i % 2 == 0 ? "UNIVERSITY" : "INSTITUTE", null, 2013 + i % 10, 2013 + i % 10, 2015 + i % 10,
                    "CLOSED", Money.of(state), Money.of(counterpart), Money.of(mobilised - counterpart), null,
                    false));
        }

        JsonNode portfolio = http.get("/api/v1/tasks/portfolio?groupBy=source&level=CITY&from=2013&to=2022",
                officer);
        JsonNode totals = portfolio.get("totals");
        assertThat(totals.get("tasks").asLong()).isEqualTo(205);
        assertThat(totals.get("total").asLong()).isEqualTo(257_473_016_000L);
        assertThat(totals.get("state").asLong()).isEqualTo(156_502_394_000L);
        assertThat(totals.get("mobilised").asLong()).isEqualTo(100_970_622_000L);
        assertThat(totals.get("stateShare").decimalValue()).isEqualByComparingTo(new BigDecimal("60.8"));
        assertThat(totals.get("mobilisedShare").decimalValue()).isEqualByComparingTo(new BigDecimal("39.2"));
        assertThat(portfolio.get("rows").get(0).get("key").asString()).isEqualTo("STATE_BUDGET");
        assertThat(portfolio.get("rows").get(0).get("shareOfTotal").decimalValue())
                .isEqualByComparingTo(new BigDecimal("60.8"));
        JsonNode byYear = http.get("/api/v1/tasks/portfolio?groupBy=year&level=CITY&from=2013&to=2022", officer);
        assertThat(byYear.get("rows").size()).isEqualTo(10);
        JsonNode cube = http.get("/api/v1/tasks/portfolio?groupBy=year,source,programme&level=CITY&from=2013&to=2022",
                officer);
        assertThat(cube.get("rows").size()).isEqualTo(30); // 10 years, each with one programme here, × 3 sources
        assertThat(cube.get("rows").get(0).get("key").asString()).isEqualTo("2013 / STATE_BUDGET / KC-01");
        long cubeTotal = 0;
        for (JsonNode row : cube.get("rows")) {
            cubeTotal += row.get("total").asLong();
        }
        assertThat(cubeTotal).isEqualTo(STATE + MOBILISED);
        assertThat(cube.get("totals").get("tasks").asLong()).isEqualTo(TASKS);
        assertThat(http.call("GET", "/api/v1/tasks/portfolio?groupBy=year,nonsense", officer, null).statusCode())
                .isEqualTo(400);

        JsonNode reconciliation = http.get("/api/v1/tasks/reconciliation?level=CITY&from=2013&to=2022", officer);
        assertThat(reconciliation.get("registry").get("tasks").asLong()).isEqualTo(205);
        assertThat(reconciliation.get("countCoverage").decimalValue()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(reconciliation.get("amountCoverage").decimalValue()).isEqualByComparingTo(new BigDecimal("100"));
        JsonNode difference = reconciliation.get("difference");
        assertThat(difference.get("tasks").asLong()).isZero();
        assertThat(difference.get("total").asLong()).isZero();
        assertThat(difference.get("state").asLong()).isZero();
        assertThat(difference.get("mobilised").asLong()).isZero();
        assertThat(difference.get("stateShare").decimalValue()).isZero();

        var csv = http.call("GET", "/api/v1/tasks/portfolio.csv?groupBy=source&level=CITY&from=2013&to=2022",
                officer, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"TOTAL\",205,156502394000,").contains("257473016000");
        var xlsx = http.call("GET", "/api/v1/tasks/portfolio.xlsx?groupBy=programme", officer, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
    }
}
