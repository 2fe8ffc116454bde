package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.innoport.platform.Notification;
import org.innoport.platform.Notifications;
import org.innoport.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Moderation, price edits, who may change a listing, expiry and its reminders — through the API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ListingLifecycleTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    /** Medical University: another organisation. */
    static final RequestPostProcessor OTHER = user("applicant2").roles("APPLICANT");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    ListingExpiry expiry;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    JsonNode draft(String title) throws Exception {
        return api.call(post("/api/v1/listings"), APPLICANT,
                ExchangeMother.offer(title, "Thiết bị kèm hướng dẫn chuyển giao", "203"), 201);
    }

    JsonNode published(String title) throws Exception {
        String id = draft(title).get("id").asString();
        api.call(post("/api/v1/listings/{id}/submit", id), APPLICANT, null, 200);
        return api.call(post("/api/v1/listings/{id}/approve", id), OFFICER, null, 200);
    }

    @Test
    void anOfficerReturnsAListingWithReasonsAndApprovesItAfterChanges() throws Exception {
        String title = "Máy ép viên nhiên liệu sinh khối " + ExchangeMother.token();
        JsonNode draft = draft(title);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        api.call(post("/api/v1/listings/{id}/approve", id), APPLICANT, null, 403);
        api.call(post("/api/v1/listings/{id}/approve", id), OFFICER, null, 409);
        JsonNode pending = api.call(post("/api/v1/listings/{id}/submit", id), APPLICANT, Map.of("version", draft.get("version").asLong()), 200);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING_REVIEW");
        api.call(post("/api/v1/listings/{id}/return", id), OFFICER, Map.of("reasons", " "), 400);
        JsonNode returned = api.call(post("/api/v1/listings/{id}/return", id), OFFICER,
                Map.of("reasons", "Bổ sung thông số công suất", "version", pending.get("version").asLong()), 200);
        assertThat(returned.get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.call(get("/api/v1/listings/{id}", id), APPLICANT, null, 200).get("returnReasons").asString())
                .isEqualTo("Bổ sung thông số công suất");
        api.call(get("/api/v1/listings/{id}", id), OTHER, null, 404);
        api.call(post("/api/v1/listings/{id}/submit", id), APPLICANT, null, 200);
        JsonNode approved = api.call(post("/api/v1/listings/{id}/approve", id), OFFICER, null, 200);
        assertThat(approved.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(approved.get("expiresAt").asString()))
                .isBetween(clock.instant().plus(Duration.ofDays(364)), clock.instant().plus(Duration.ofDays(367)));
        JsonNode audit = api.call(get("/api/v1/audit/entries").param("aggregateType", "Listing").param("aggregateId", id),
                ADMIN, null, 200);
        assertThat(audit.toString()).contains("listing.created", "listing.submitted", "listing.returned",
                "listing.approved");
    }

    @Test
    void changingThePriceOfAPublishedListingSendsItBackToReview() throws Exception {
        String title = "Dây chuyền sơ chế rong nho " + ExchangeMother.token();
        JsonNode listing = published(title);
        String id = listing.get("id").asString();
        ListingDetails details = ExchangeMother.offer(title, "Thiết bị kèm hướng dẫn chuyển giao", "203");
        JsonNode edited = api.call(put("/api/v1/listings/{id}", id), APPLICANT,
                ExchangeMother.withSummary(details, "Thiết bị kèm đào tạo vận hành", listing.get("version").asLong()), 200);
        assertThat(edited.get("status").asString()).isEqualTo("PUBLISHED");
        JsonNode repriced = api.call(put("/api/v1/listings/{id}", id), APPLICANT,
                ExchangeMother.withPrice(details, 99_000_000L, edited.get("version").asLong()), 200);
        assertThat(repriced.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(repriced.get("priceVnd").asLong()).isEqualTo(99_000_000L);
        JsonNode search = json.readTree(mvc.perform(get("/api/v1/listings").param("q", title)).andReturn().getResponse()
                .getContentAsString());
        assertThat(search.get("totalElements").asLong()).as("not public while in review").isZero();
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonNode listing = published("Thiết bị khử mặn nước giếng " + ExchangeMother.token());
        String id = listing.get("id").asString();
        ListingDetails details = ExchangeMother.withPrice(ExchangeMother.offer(listing.get("title").asString(),
                "Thiết bị kèm hướng dẫn chuyển giao", "203"), 1L, listing.get("version").asLong() - 1);
        JsonNode problem = api.call(put("/api/v1/listings/{id}", id), APPLICANT, details, 409);
        assertThat(problem.get("code").asString()).isEqualTo("version.conflict");
    }

    @Test
    void onlyTheOwnerOrganisationAndOfficersMayChangeAListing() throws Exception {
        String title = "Bộ điều khiển tưới nhỏ giọt " + ExchangeMother.token();
        JsonNode listing = published(title);
        String id = listing.get("id").asString();
        ListingDetails details = ExchangeMother.withPrice(ExchangeMother.offer(title, "Khác", "203"), 1L,
                listing.get("version").asLong());
        api.call(put("/api/v1/listings/{id}", id), OTHER, details, 403);
        api.call(post("/api/v1/listings/{id}/withdraw", id), OTHER, null, 403);
        api.call(post("/api/v1/listings/{id}/close", id), OTHER, Map.of("dealValueVnd", 1), 403);
        api.call(post("/api/v1/listings/{id}/renew", id), OTHER, null, 403);
        api.call(post("/api/v1/listings/{id}/approve", id), OTHER, null, 403);
        mvc.perform(post("/api/v1/listings/{id}/withdraw", id).with(anonymous()).with(csrf()))
                .andExpect(status().isUnauthorized());
        JsonNode closed = api.call(post("/api/v1/listings/{id}/close", id), APPLICANT, Map.of("dealValueVnd", 1_200_000_000L), 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("dealValueVnd").asLong()).isEqualTo(1_200_000_000L);
        api.call(post("/api/v1/listings/{id}/withdraw", id), APPLICANT, null, 409);

        String other = published("Máy cấy lúa mạ khay " + ExchangeMother.token()).get("id").asString();
        JsonNode withdrawn = api.call(post("/api/v1/listings/{id}/withdraw", other), OFFICER, null, 200);
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void ownersAreRemindedThirtyAndSevenDaysBeforeExpiryThenTheListingExpiresAndCanBeRenewed() throws Exception {
        String title = "Thiết bị đo độ ẩm hạt " + ExchangeMother.token();
        String id = published(title).get("id").asString();
        Instant now = clock.instant();
        expireAt(id, now.plus(Duration.ofDays(25)));
        expiry.runAt(now);
        assertThat(reminders(title)).isEqualTo(1);
        expiry.runAt(now.plus(Duration.ofHours(1)));
        assertThat(reminders(title)).as("each reminder once").isEqualTo(1);
        expiry.runAt(now.plus(Duration.ofDays(19)));
        assertThat(reminders(title)).as("the 7-day reminder").isEqualTo(2);
        expiry.runAt(now.plus(Duration.ofDays(26)));
        JsonNode expired = api.call(get("/api/v1/listings/{id}", id), APPLICANT, null, 200);
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(notifications.of("applicant", PageRequest.of(0, 50)).getContent()).extracting(Notification::subject)
                .anyMatch(subject -> subject.contains(title) && subject.contains("đã hết hạn"));
        api.call(get("/api/v1/listings/{id}", id), OTHER, null, 404);
        JsonNode renewed = api.call(post("/api/v1/listings/{id}/renew", id), APPLICANT, null, 200);
        assertThat(renewed.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(renewed.get("expiresAt").asString())).isAfter(now.plus(Duration.ofDays(360)));
    }

    @Test
    void ownersAttachImagesThatAnyoneMayDownloadOnceTheListingIsPublished() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var image = new org.springframework.mock.web.MockMultipartFile("file", "máy sấy.png", "image/png", png);
        String id = published("Máy sấy cà phê " + ExchangeMother.token()).get("id").asString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/listings/{id}/files", id)
                .file(image).param("image", "true").with(OTHER).with(csrf())).andExpect(status().isForbidden());
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/listings/{id}/files", id).file(image).param("image", "true")
                        .with(APPLICANT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode file = json.readTree(response).get("files").get(0);
        assertThat(file.get("image").asBoolean()).isTrue();
        assertThat(file.get("contentType").asString()).isEqualTo("image/png");
        mvc.perform(get("/api/v1/listings/{id}/files/{file}", id, file.get("fileId").asString()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(png));
    }

    private void expireAt(String id, Instant at) {
        jdbc.sql("update exchange.listings set expires_at = ? where id = ?")
                .params(java.sql.Timestamp.from(at), UUID.fromString(id)).update();
    }

    private long reminders(String title) {
        return notifications.of("applicant", PageRequest.of(0, 50)).getContent().stream()
                .filter(n -> n.subject().contains(title) && n.subject().contains("sẽ hết hạn")).count();
    }
}
