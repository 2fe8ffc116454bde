package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innoport.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Event outcomes (recorded, revised with their version, audited) and the booths of a fair. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
@org.springframework.test.context.event.RecordApplicationEvents
class EventOutcomeAndBoothApiTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    /** An event of the kind starting {@code startsIn} from now (negative: already started). */
    Map<String, Object> event(String kind, Duration startsIn) {
        Instant now = clock.instant();
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", "Chợ công nghệ và thiết bị Hải Phòng " + ExchangeMother.token());
        body.put("startsAt", now.plus(startsIn));
        body.put("endsAt", now.plus(startsIn).plus(Duration.ofHours(8)));
        body.put("venue", "Cung Văn hóa Lao động hữu nghị Việt - Tiệp, Hải Phòng");
        body.put("organisers", List.of("Sở Khoa học và Công nghệ"));
        body.put("capacity", 200);
        body.put("registrationOpensAt", now.minus(Duration.ofDays(30)));
        body.put("registrationClosesAt", now.plus(startsIn).minus(Duration.ofHours(1)));
        return body;
    }

    static Map<String, Object> outcome(Long version, Integer connections, Integer mous, Integer contracts, Long value) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("connectionsMade", connections);
        body.put("mous", mous);
        body.put("contracts", contracts);
        body.put("contractValueVnd", value);
        return body;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void anOfficerRecordsAnEventsOutcomeOnceItHasStartedAndRevisesItWithTheVersionRead() throws Exception {
        String future = api.call(post("/api/v1/events"), OFFICER, event("CONNECTION_SESSION", Duration.ofDays(3)), 201)
                .get("id").asString();
        assertThat(api.call(put("/api/v1/events/{id}/outcomes", future), OFFICER, outcome(null, 3, 1, 0, 0L), 409)
                .get("code").asString()).isEqualTo("state.illegal-transition");

        Map<String, Object> body = event("CONNECTION_SESSION", Duration.ofHours(-2));
        int year = ((Instant) body.get("startsAt")).atZone(clock.getZone()).getYear();
        String id = api.call(post("/api/v1/events"), OFFICER, body, 201).get("id").asString();
        api.call(get("/api/v1/events/{id}/outcomes", id), OFFICER, null, 404);
        api.call(put("/api/v1/events/{id}/outcomes", id), APPLICANT, outcome(null, 3, 1, 0, 0L), 403);
        assertThat(fields(api.call(put("/api/v1/events/{id}/outcomes", id), OFFICER, outcome(null, null, -1, 0, 0L), 400)))
                .contains("connectionsMade", "mous");
        assertThat(fields(api.call(put("/api/v1/events/{id}/outcomes", id), OFFICER, outcome(null, 3, 1, 2, 0L), 400)))
                .containsExactly("contractValueVnd");

        JsonNode recorded = api.call(put("/api/v1/events/{id}/outcomes", id), OFFICER,
                outcome(null, 12, 3, 2, 4_500_000_000L), 200);
        assertThat(recorded.get("version").asLong()).isZero();
        assertThat(recorded.get("recordedBy").asString()).isEqualTo("officer");
        assertThat(api.call(get("/api/v1/events/{id}/outcomes", id), APPLICANT, null, 200).get("contractValueVnd").asLong())
                .isEqualTo(4_500_000_000L);

        assertThat(fields(api.call(put("/api/v1/events/{id}/outcomes", id), OFFICER, outcome(null, 12, 3, 3, 5L), 400)))
                .containsExactly("version");
        assertThat(api.call(put("/api/v1/events/{id}/outcomes", id), OFFICER, outcome(7L, 12, 3, 3, 5L), 409)
                .get("code").asString()).isEqualTo("version.conflict");
        JsonNode revised = api.call(put("/api/v1/events/{id}/outcomes", id), OFFICER,
                outcome(0L, 14, 3, 3, 6_000_000_000L), 200);
        assertThat(revised.get("version").asLong()).isEqualTo(1);
        assertThat(revised.get("contracts").asInt()).isEqualTo(3);

        JsonNode audit = api.call(get("/api/v1/audit/entries").param("aggregateType", "ExchangeEvent")
                .param("aggregateId", id), ADMIN, null, 200).get("items");
        Map<String, JsonNode> byAction = new HashMap<>();
        audit.forEach(a -> byAction.put(a.get("action").asString(), a));
        assertThat(byAction).containsKeys("event.created", "event.outcome-recorded", "event.outcome-revised");
        assertThat(byAction.get("event.outcome-revised").get("beforeJson").asString()).contains("4500000000");
        assertThat(byAction.get("event.outcome-revised").get("afterJson").asString()).contains("6000000000");

        JsonNode counts = api.call(get("/api/v1/events/counts").param("year", "" + year), OFFICER, null, 200);
        assertThat(counts.get("contracts").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(events.stream(EventYearCounts.class)).anyMatch(c -> c.year() == year
                && c.contractValueVnd() >= 6_000_000_000L);
    }

    String publishedOffer(String title) throws Exception {
        String id = api.call(post("/api/v1/listings"), APPLICANT, ExchangeMother.offer(title,
                "Công nghệ trình diễn tại chợ công nghệ", "405"), 201).get("id").asString();
        api.call(post("/api/v1/listings/{id}/submit", id), APPLICANT, null, 200);
        api.call(post("/api/v1/listings/{id}/approve", id), OFFICER, null, 200);
        return id;
    }

    @Test
    void anOfficerAssignsAFairBoothOnceToAnExhibitorWithItsOwnListingsAndUnassignsIt() throws Exception {
        String workshop = api.call(post("/api/v1/events"), OFFICER, event("WORKSHOP", Duration.ofDays(10)), 201)
                .get("id").asString();
        api.call(post("/api/v1/events/{id}/booths", workshop), OFFICER, Map.of("code", "A01"), 409);

        String fair = api.call(post("/api/v1/events"), OFFICER, event("FAIR", Duration.ofDays(10)), 201).get("id").asString();
        api.call(post("/api/v1/events/{id}/booths", fair), APPLICANT, Map.of("code", "A01"), 403);
        assertThat(fields(api.call(post("/api/v1/events/{id}/booths", fair), OFFICER, Map.of("code", ""), 400)))
                .contains("code");
        String booth = api.call(post("/api/v1/events/{id}/booths", fair), OFFICER, Map.of("code", "A01"), 201)
                .get("id").asString();
        api.call(post("/api/v1/events/{id}/booths", fair), OFFICER, Map.of("code", "B02"), 201);
        assertThat(fields(api.call(post("/api/v1/events/{id}/booths", fair), OFFICER, Map.of("code", "a01"), 400)))
                .containsExactly("code");

        String own = publishedOffer("Thiết bị lọc nước biển di động " + ExchangeMother.token());
        String draft = api.call(post("/api/v1/listings"), APPLICANT, ExchangeMother.offer("Bản nháp "
                + ExchangeMother.token(), "Chưa gửi duyệt", "405"), 201).get("id").asString();
        String medical = java.util.UUID.nameUUIDFromBytes("organisation:Trường Đại học Y Dược Hải Phòng"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        String maritime = ExchangeMother.MARITIME.toString();

        api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), APPLICANT,
                Map.of("exhibitorOrganisationId", maritime, "listingIds", List.of(own)), 403);
        assertThat(fields(api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), OFFICER,
                Map.of("exhibitorOrganisationId", medical, "listingIds", List.of(own)), 400)))
                .containsExactly("listingIds");
        assertThat(fields(api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), OFFICER,
                Map.of("exhibitorOrganisationId", maritime, "listingIds", List.of(draft)), 400)))
                .containsExactly("listingIds");
        assertThat(fields(api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), OFFICER,
                Map.of("exhibitorOrganisationId", java.util.UUID.randomUUID().toString()), 400)))
                .containsExactly("exhibitorOrganisationId");

        JsonNode assigned = api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), OFFICER,
                Map.of("version", 0, "exhibitorOrganisationId", maritime, "listingIds", List.of(own)), 200);
        assertThat(assigned.get("exhibitorName").asString()).isEqualTo("Trường Đại học Hàng hải Việt Nam");
        assertThat(assigned.get("listings").get(0).get("id").asString()).isEqualTo(own);
        assertThat(api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), OFFICER,
                Map.of("exhibitorOrganisationId", medical), 409).get("code").asString())
                .isEqualTo("state.illegal-transition");

        JsonNode shown = api.call(get("/api/v1/events/{id}/booths", fair), null, null, 200);
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).get("code").asString()).isEqualTo("A01");
        assertThat(shown.get(0).get("exhibitorOrganisationId").asString()).isEqualTo(maritime);
        assertThat(shown.get(1).get("exhibitorOrganisationId").isNull()).isTrue();

        api.call(post("/api/v1/events/{id}/booths/{b}/unassign", fair, booth), OFFICER, Map.of("version", 0), 409);
        JsonNode freed = api.call(post("/api/v1/events/{id}/booths/{b}/unassign", fair, booth), OFFICER,
                Map.of("version", assigned.get("version").asLong()), 200);
        assertThat(freed.get("exhibitorOrganisationId").isNull()).isTrue();
        assertThat(freed.get("listings")).isEmpty();
        api.call(post("/api/v1/events/{id}/booths/{b}/unassign", fair, booth), OFFICER, null, 409);
        assertThat(api.call(post("/api/v1/events/{id}/booths/{b}/assign", fair, booth), OFFICER,
                Map.of("exhibitorOrganisationId", medical), 200).get("exhibitorName").asString())
                .isEqualTo("Trường Đại học Y Dược Hải Phòng");

        JsonNode audit = api.call(get("/api/v1/audit/entries").param("aggregateType", "EventBooth")
                .param("aggregateId", booth), ADMIN, null, 200).get("items");
        List<String> actions = new ArrayList<>();
        audit.forEach(a -> actions.add(a.get("action").asString()));
        assertThat(actions).contains("event.booth-created", "event.booth-assigned", "event.booth-unassigned");
    }
}
