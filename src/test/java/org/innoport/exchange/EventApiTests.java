package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
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

/** Event registration: capacity, the waiting list and its promotion on cancellation, attendance check-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
@org.springframework.test.context.event.RecordApplicationEvents
class EventApiTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final RequestPostProcessor OTHER = user("applicant2").roles("APPLICANT");
    static final RequestPostProcessor EXPERT = user("expert").roles("EXPERT");
    static final RequestPostProcessor LEADER = user("leader").roles("LEADER");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    Map<String, Object> workshop(int capacity) {
        Instant now = clock.instant();
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "WORKSHOP");
        body.put("title", "Hội thảo chuyển giao công nghệ nuôi trồng thủy sản " + ExchangeMother.token());
        body.put("startsAt", now.plus(Duration.ofDays(7)));
        body.put("endsAt", now.plus(Duration.ofDays(7)).plus(Duration.ofHours(4)));
        body.put("venue", "Trung tâm Hội nghị thành phố, Hải Phòng");
        body.put("organisers", List.of("Sở Khoa học và Công nghệ", "Trường Đại học Hàng hải Việt Nam"));
        body.put("capacity", capacity);
        body.put("registrationOpensAt", now.minusSeconds(60));
        body.put("registrationClosesAt", now.plus(Duration.ofDays(6)));
        return body;
    }

    @Test
    void registrationsBeyondCapacityWaitAndTheFirstWaitingIsPromotedWhenAPlaceIsCancelled() throws Exception {
        api.call(post("/api/v1/events"), APPLICANT, workshop(2), 403);
        String id = api.call(post("/api/v1/events"), OFFICER, workshop(2), 201).get("id").asString();
        String first = api.call(post("/api/v1/events/{id}/registrations", id), APPLICANT, null, 201).get("id").asString();
        assertThat(api.call(post("/api/v1/events/{id}/registrations", id), APPLICANT, null, 422).get("code").asString())
                .isEqualTo("event.registration.duplicate");
        JsonNode second = api.call(post("/api/v1/events/{id}/registrations", id), OTHER, null, 201);
        JsonNode third = api.call(post("/api/v1/events/{id}/registrations", id), EXPERT, null, 201);
        JsonNode fourth = api.call(post("/api/v1/events/{id}/registrations", id), LEADER, null, 201);
        assertThat(second.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(third.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(fourth.get("status").asString()).isEqualTo("WAITLISTED");
        JsonNode event = api.call(get("/api/v1/events/{id}", id), APPLICANT, null, 200);
        assertThat(event.get("confirmed").asLong()).isEqualTo(2);
        assertThat(event.get("waitlisted").asLong()).isEqualTo(2);

        api.call(post("/api/v1/events/{id}/registrations/{r}/cancel", id, first), OTHER, null, 403);
        assertThat(api.call(post("/api/v1/events/{id}/registrations/{r}/cancel", id, first), APPLICANT, null, 200)
                .get("status").asString()).isEqualTo("CANCELLED");
        JsonNode registrations = api.call(get("/api/v1/events/{id}/registrations", id), OFFICER, null, 200);
        Map<String, String> statuses = new HashMap<>();
        registrations.forEach(r -> statuses.put(r.get("id").asString(), r.get("status").asString()));
        assertThat(statuses.get(third.get("id").asString())).isEqualTo("CONFIRMED");
        assertThat(statuses.get(fourth.get("id").asString())).isEqualTo("WAITLISTED");
        assertThat(api.call(get("/api/v1/events/{id}/registrations", id), EXPERT, null, 200)).hasSize(1);
        assertThat(api.call(get("/api/v1/events/{id}", id), APPLICANT, null, 200).get("confirmed").asLong()).isEqualTo(2);
    }

    @Test
    void eachNewEventPublishesItsYearsCountsByKindForTheIndicators() throws Exception {
        Map<String, Object> fair = workshop(500);
        fair.put("kind", "FAIR");
        Instant startsAt = (Instant) fair.get("startsAt");
        int year = startsAt.atZone(clock.getZone()).getYear();
        JsonNode before = api.call(get("/api/v1/events/counts").param("year", "" + year), OFFICER, null, 200);
        api.call(post("/api/v1/events"), OFFICER, fair, 201);
        JsonNode after = api.call(get("/api/v1/events/counts").param("year", "" + year), OFFICER, null, 200);
        assertThat(after.get("fairs").asLong()).isEqualTo(before.get("fairs").asLong() + 1);
        assertThat(after.get("workshops").asLong()).isEqualTo(before.get("workshops").asLong());
        assertThat(events.stream(EventYearCounts.class)).anyMatch(c -> c.year() == year
                && c.fairs() == after.get("fairs").asLong());
    }

    @Test
    void onlyConfirmedRegistrationsAreCheckedInOnceByAnOfficer() throws Exception {
        String id = api.call(post("/api/v1/events"), OFFICER, workshop(1), 201).get("id").asString();
        String confirmed = api.call(post("/api/v1/events/{id}/registrations", id), APPLICANT, null, 201).get("id").asString();
        String waiting = api.call(post("/api/v1/events/{id}/registrations", id), OTHER, null, 201).get("id").asString();
        api.call(post("/api/v1/events/{id}/registrations/{r}/check-ins", id, confirmed), APPLICANT, null, 403);
        api.call(post("/api/v1/events/{id}/registrations/{r}/check-ins", id, waiting), OFFICER, null, 409);
        JsonNode checked = api.call(post("/api/v1/events/{id}/registrations/{r}/check-ins", id, confirmed), OFFICER, null, 201);
        assertThat(checked.get("checkedInAt").isNull()).isFalse();
        api.call(post("/api/v1/events/{id}/registrations/{r}/check-ins", id, confirmed), OFFICER, null, 409);
        api.call(post("/api/v1/events/{id}/registrations/{r}/cancel", id, confirmed), APPLICANT, null, 409);
        clock.advance(Duration.ofDays(6));
        api.call(post("/api/v1/events/{id}/registrations", id), EXPERT, null, 422);
    }
}
