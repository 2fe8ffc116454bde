package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.innoport.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Interest → acceptance → connection session → outcome, and the yearly counts the indicators take. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class ConnectionTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final RequestPostProcessor OTHER = user("applicant2").roles("APPLICANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    ApplicationEvents events;

    @Test
    void anInterestIsAcceptedByTheOwnerAndAnOfficerRecordsTheSessionAndItsContract() throws Exception {
        String id = api.call(post("/api/v1/listings"), APPLICANT, ExchangeMother.offer("Quy trình nuôi hàu Thái Bình Dương "
                + ExchangeMother.token(), "Chuyển giao quy trình nuôi hàu trên bè", "405"), 201).get("id").asString();
        api.call(post("/api/v1/interests"), OTHER, Map.of("listingId", id), 400);
        api.call(post("/api/v1/listings/{id}/submit", id), APPLICANT, null, 200);
        api.call(post("/api/v1/listings/{id}/approve", id), OFFICER, null, 200);

        api.call(post("/api/v1/interests"), APPLICANT, Map.of("listingId", id), 400);
        JsonNode interest = api.call(post("/api/v1/interests"), OTHER,
                Map.of("listingId", id, "message", "Viện muốn thử nghiệm quy trình tại Cát Bà"), 201);
        assertThat(interest.get("status").asString()).isEqualTo("SENT");
        String interestId = interest.get("id").asString();
        api.call(post("/api/v1/interests/{id}/accept", interestId), OTHER, null, 403);
        assertThat(api.call(post("/api/v1/interests/{id}/accept", interestId), APPLICANT, null, 200).get("status").asString())
                .isEqualTo("ACCEPTED");
        api.call(post("/api/v1/interests/{id}/decline", interestId), APPLICANT, null, 409);
        assertThat(api.call(get("/api/v1/interests").param("size", "200"), OTHER, null, 200).toString()).contains(interestId);

        int year = 2031;
        JsonNode before = api.call(get("/api/v1/connection-sessions/counts").param("year", "" + year), OFFICER, null, 200);
        var session = Map.of("listingId", id, "interestId", interestId, "heldOn", year + "-03-15",
                "parties", List.of("Trường Đại học Hàng hải Việt Nam", "Trường Đại học Y Dược Hải Phòng",
                        "Ifremer (Pháp)"), "international", true);
        api.call(post("/api/v1/connection-sessions"), APPLICANT, session, 403);
        JsonNode organised = api.call(post("/api/v1/connection-sessions"), OFFICER, session, 201);
        String sessionId = organised.get("id").asString();
        api.call(post("/api/v1/connection-sessions/{id}/outcome", sessionId), OFFICER, Map.of("outcome", "CONTRACT"), 400);
        JsonNode recorded = api.call(post("/api/v1/connection-sessions/{id}/outcome", sessionId), OFFICER,
                Map.of("outcome", "CONTRACT", "contractValueVnd", 850_000_000L), 200);
        assertThat(recorded.get("contractValueVnd").asLong()).isEqualTo(850_000_000L);
        api.call(post("/api/v1/connection-sessions/{id}/outcome", sessionId), OFFICER, Map.of("outcome", "MOU"), 409);

        JsonNode after = api.call(get("/api/v1/connection-sessions/counts").param("year", "" + year), OFFICER, null, 200);
        assertThat(after.get("sessions").asLong()).isEqualTo(before.get("sessions").asLong() + 1);
        assertThat(after.get("internationalSessions").asLong()).isEqualTo(before.get("internationalSessions").asLong() + 1);
        assertThat(after.get("deals").asLong()).isEqualTo(before.get("deals").asLong() + 1);
        assertThat(after.get("dealValueVnd").asLong()).isEqualTo(before.get("dealValueVnd").asLong() + 850_000_000L);
        assertThat(events.stream(ExchangeYearCounts.class)).anyMatch(c -> c.year() == year
                && c.dealValueVnd() == after.get("dealValueVnd").asLong());
    }
}
