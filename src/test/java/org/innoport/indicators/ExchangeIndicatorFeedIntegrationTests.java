package org.innoport.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.innoport.exchange.AuctionTestClock;
import org.innoport.exchange.EventYearCounts;
import org.innoport.exchange.Events;
import org.innoport.exchange.ExchangeMother;
import org.innoport.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The exchange's yearly figures arrive in the indicators module as values of the city for that year, through events:
 * a connection session with its outcome and the exchange's events, each in a far year of its own so that the cells
 * start empty in the shared test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
@org.springframework.test.context.event.RecordApplicationEvents
class ExchangeIndicatorFeedIntegrationTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    Events exchangeEvents;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    static int farYear() {
        return 2041 + ThreadLocalRandom.current().nextInt(3000);
    }

    Map<String, Object> event(String kind, int year, int month) {
        Instant startsAt = Instant.parse(year + "-%02d-10T02:00:00Z".formatted(month));
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", "Sự kiện của sàn " + ExchangeMother.token());
        body.put("startsAt", startsAt);
        body.put("endsAt", startsAt.plus(Duration.ofHours(6)));
        body.put("onlineLink", "https://sancongnghe.haiphong.gov.vn/truc-tuyen");
        body.put("organisers", List.of("Sở Khoa học và Công nghệ"));
        body.put("capacity", 100);
        body.put("registrationOpensAt", startsAt.minus(Duration.ofDays(30)));
        body.put("registrationClosesAt", startsAt.minus(Duration.ofDays(1)));
        return body;
    }

    /** The city's value of {@code code} for {@code year} and {@code status}, or null. */
    JsonNode value(String code, int year, String status) throws Exception {
        JsonNode items = api.call(get("/api/v1/indicators/{code}/values", code).param("area", "VN-HP"), APPLICANT, null, 200)
                .get("items");
        for (JsonNode v : items) {
            if (v.get("period").asString().equals(String.valueOf(year)) && v.get("status").asString().equals(status)) {
                return v;
            }
        }
        return null;
    }

    JsonNode awaitValue(String code, int year, String status, long expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> value(code, year, status),
                v -> v != null && v.get("value").decimalValue().compareTo(BigDecimal.valueOf(expected)) == 0);
    }

    List<String> auditActions(String id) throws Exception {
        List<String> actions = new ArrayList<>();
        api.call(get("/api/v1/audit/entries").param("aggregateType", "DataValue").param("aggregateId", id), ADMIN, null, 200)
                .get("items").forEach(a -> actions.add(a.get("action").asString()));
        return actions;
    }

    @Test
    void aConnectionSessionWithItsOutcomeAndTheYearsEventsBecomeTheCitysIndicatorValuesForThatYear() throws Exception {
        int year = farYear();
        String listing = api.call(post("/api/v1/listings"), APPLICANT, ExchangeMother.offer("Công nghệ sấy hải sản "
                + ExchangeMother.token(), "Chuyển giao dây chuyền sấy mực", "405"), 201).get("id").asString();
        api.call(post("/api/v1/listings/{id}/submit", listing), APPLICANT, null, 200);
        api.call(post("/api/v1/listings/{id}/approve", listing), OFFICER, null, 200);
        String session = api.call(post("/api/v1/connection-sessions"), OFFICER, Map.of("listingId", listing,
                "heldOn", year + "-04-20", "parties", List.of("Trường Đại học Hàng hải Việt Nam", "Kyokuyo (Nhật Bản)"),
                "international", true), 201).get("id").asString();
        api.call(post("/api/v1/connection-sessions/{id}/outcome", session), OFFICER,
                Map.of("outcome", "CONTRACT", "contractValueVnd", 1_250_000_000L), 200);

        JsonNode sessions = awaitValue("exchange_connection_sessions", year, "REPORTED", 1);
        assertThat(sessions.get("sourcePublication").asString()).isEqualTo("exchange (computed)");
        awaitValue("exchange_international_matchings", year, "REPORTED", 1);
        awaitValue("exchange_deals", year, "REPORTED", 1);
        awaitValue("exchange_deal_value", year, "REPORTED", 1_250_000_000L);

        api.call(post("/api/v1/events"), OFFICER, event("WORKSHOP", year, 3), 201);
        JsonNode first = awaitValue("exchange_workshops", year, "REPORTED", 1);
        api.call(post("/api/v1/events"), OFFICER, event("TRAINING", year, 9), 201);
        JsonNode second = awaitValue("exchange_workshops", year, "REPORTED", 2);
        assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(second.get("version").asLong()).isEqualTo(first.get("version").asLong() + 1);
        assertThat(value("exchange_fairs", year, "REPORTED")).isNull();
        assertThat(auditActions(second.get("id").asString())).contains("value.recorded", "value.changed");

        EventYearCounts counts = exchangeEvents.counts(year);
        assertThat(counts.workshops() + counts.trainings()).isEqualTo(2);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(counts));
        transactions.executeWithoutResult(tx -> publisher.publishEvent(counts));
        JsonNode replayed = value("exchange_workshops", year, "REPORTED");
        assertThat(replayed.get("version").asLong()).isEqualTo(second.get("version").asLong());
        assertThat(auditActions(second.get("id").asString())).hasSize(2);
    }

    @Test
    void aFigureAnOfficerReportedFromAnotherSourceIsKeptAndTheExchangesFigureStandsBesideItAsAnEstimate()
            throws Exception {
        int year = farYear();
        Map<String, Object> reported = new HashMap<>();
        reported.put("area", "VN-HP");
        reported.put("period", String.valueOf(year));
        reported.put("value", 4);
        reported.put("qualifier", "EXACT");
        reported.put("status", "REPORTED");
        reported.put("sourcePublication", "Báo cáo tổng kết năm của Sở Khoa học và Công nghệ");
        JsonNode officers = api.call(post("/api/v1/indicators/exchange_fairs/values"), OFFICER, reported, 201);

        api.call(post("/api/v1/events"), OFFICER, event("FAIR", year, 6), 201);
        JsonNode estimate = awaitValue("exchange_fairs", year, "ESTIMATED", 1);
        assertThat(estimate.get("sourcePublication").asString()).isEqualTo("exchange (computed)");
        JsonNode kept = value("exchange_fairs", year, "REPORTED");
        assertThat(kept.get("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(kept.get("version").asLong()).isEqualTo(officers.get("version").asLong());
    }
}
