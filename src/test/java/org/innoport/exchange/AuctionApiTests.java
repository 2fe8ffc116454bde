package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
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

/** The auction lifecycle over the API: who may do what, the stable refusal codes, the published log and result. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
class AuctionApiTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final RequestPostProcessor OTHER = user("applicant2").roles("APPLICANT");
    static final RequestPostProcessor NO_ORGANISATION = user("leader").roles("LEADER");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    @Autowired
    MutableClock clock;

    Map<String, Object> bid(long amount) {
        return Map.of("amountVnd", amount);
    }

    /** Creates an auction, registers applicant and applicant2 and confirms both deposits; bidding not started. */
    String qualifiedAuction(String format, Long reserve) throws Exception {
        String id = api.call(post("/api/v1/auctions"), OFFICER, AuctionMother.auction(clock.instant(), format, reserve), 201)
                .get("id").asString();
        api.call(post("/api/v1/auctions/{id}/open-registration", id), OFFICER, null, 200);
        for (RequestPostProcessor bidder : new RequestPostProcessor[] {APPLICANT, OTHER}) {
            String registration = api.call(post("/api/v1/auctions/{id}/registrations", id), bidder, null, 201).get("id")
                    .asString();
            api.call(post("/api/v1/auctions/{id}/registrations/{r}/confirm-deposit", id, registration), OFFICER, null, 200);
        }
        return id;
    }

    @Test
    void anEnglishAuctionRunsFromRegistrationToAPublishedResultThatTheLogReproduces() throws Exception {
        String id = api.call(post("/api/v1/auctions"), OFFICER, AuctionMother.auction(clock.instant(), null, 1_015_000_000L),
                201).get("id").asString();
        api.call(post("/api/v1/auctions"), APPLICANT, AuctionMother.auction(clock.instant(), null, null), 403);
        assertThat(api.call(get("/api/v1/auctions/{id}", id), APPLICANT, null, 200).get("reservePriceVnd").isNull()).isTrue();
        assertThat(api.call(get("/api/v1/auctions/{id}", id), OFFICER, null, 200).get("format").asString()).isEqualTo("ENGLISH");
        api.call(post("/api/v1/auctions/{id}/registrations", id), APPLICANT, null, 409);
        api.call(post("/api/v1/auctions/{id}/open-registration", id), OFFICER, null, 200);

        String mine = api.call(post("/api/v1/auctions/{id}/registrations", id), APPLICANT, null, 201).get("id").asString();
        assertThat(api.code(post("/api/v1/auctions/{id}/registrations", id), APPLICANT, null, 422))
                .isEqualTo("auction.registration.duplicate");
        String theirs = api.call(post("/api/v1/auctions/{id}/registrations", id), OTHER, null, 201).get("id").asString();
        api.call(post("/api/v1/auctions/{id}/registrations", id), NO_ORGANISATION, null, 403);
        api.call(post("/api/v1/auctions/{id}/registrations/{r}/confirm-deposit", id, mine), APPLICANT, null, 403);
        assertThat(api.call(post("/api/v1/auctions/{id}/registrations/{r}/confirm-deposit", id, mine), OFFICER, null, 200)
                .get("status").asString()).isEqualTo("QUALIFIED");
        assertThat(api.call(get("/api/v1/auctions/{id}/registrations", id), APPLICANT, null, 200)).hasSize(1);

        assertThat(api.code(post("/api/v1/auctions/{id}/start", id), OFFICER, null, 422)).isEqualTo("auction.start.too-early");
        api.call(post("/api/v1/auctions/{id}/registrations/{r}/confirm-deposit", id, theirs), OFFICER, null, 200);
        clock.advance(Duration.ofHours(1));
        assertThat(api.code(post("/api/v1/auctions/{id}/registrations", id), NO_ORGANISATION, null, 403))
                .isEqualTo("access.denied");
        JsonNode started = api.call(post("/api/v1/auctions/{id}/start", id), OFFICER, null, 200);
        assertThat(started.get("status").asString()).isEqualTo("BIDDING");
        assertThat(started.get("minimumNextBidVnd").asLong()).isEqualTo(AuctionMother.START);

        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), APPLICANT, bid(AuctionMother.START - 1), 422))
                .isEqualTo("auction.bid.too-low");
        api.call(post("/api/v1/auctions/{id}/bids", id).header("Idempotency-Key", "a-1"), APPLICANT, bid(AuctionMother.START), 201);
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id).header("Idempotency-Key", "a-1"), APPLICANT,
                bid(AuctionMother.START + 5 * AuctionMother.STEP), 422)).isEqualTo("auction.bid.replayed");
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id).header("Idempotency-Key", "a-1"), OTHER,
                bid(AuctionMother.START + 6 * AuctionMother.STEP), 422)).isEqualTo("auction.bid.replayed");
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), OTHER, bid(AuctionMother.START + AuctionMother.STEP - 1),
                422)).isEqualTo("auction.bid.too-low");
        api.call(post("/api/v1/auctions/{id}/bids", id), OTHER, bid(AuctionMother.START + AuctionMother.STEP), 201);
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), NO_ORGANISATION, bid(2_000_000_000L), 403))
                .isEqualTo("access.denied");
        JsonNode last = api.call(post("/api/v1/auctions/{id}/bids", id), APPLICANT,
                bid(AuctionMother.START + 2 * AuctionMother.STEP), 201);
        assertThat(last.get("seq").asInt()).isEqualTo(3);

        assertThat(api.code(get("/api/v1/auctions/{id}/bids", id), OTHER, null, 403)).isEqualTo("access.denied");
        assertThat(api.call(get("/api/v1/auctions/{id}/bids", id), OFFICER, null, 200)).hasSize(3);
        assertThat(api.code(post("/api/v1/auctions/{id}/close", id), OFFICER, null, 422)).isEqualTo("auction.close.too-early");
        clock.set(Instant.parse(api.call(get("/api/v1/auctions/{id}", id), OFFICER, null, 200).get("biddingEndsAt").asString()));
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), OTHER, bid(2_000_000_000L), 422))
                .isEqualTo("auction.bid.outside-window");

        JsonNode closed = api.call(post("/api/v1/auctions/{id}/close", id), OFFICER, null, 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("result").get("outcome").asString()).isEqualTo("SOLD");
        assertThat(closed.get("result").get("priceVnd").asLong()).isEqualTo(AuctionMother.START + 2 * AuctionMother.STEP);
        assertThat(closed.get("result").get("winnerRegistrationId").asString()).isEqualTo(mine);
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), OTHER, bid(3_000_000_000L), 409))
                .isEqualTo("state.illegal-transition");

        JsonNode log = api.call(get("/api/v1/auctions/{id}/bids", id), OTHER, null, 200);
        assertThat(log).extracting(b -> b.get("seq").asInt()).containsExactly(1, 2, 3);
        api.call(get("/api/v1/auctions/{id}/bids", id), NO_ORGANISATION, null, 403);
        JsonNode verification = api.call(get("/api/v1/auctions/{id}/verify", id), APPLICANT, null, 200);
        assertThat(verification.get("consistent").asBoolean()).isTrue();
        JsonNode registrations = api.call(get("/api/v1/auctions/{id}/registrations", id), OFFICER, null, 200);
        assertThat(registrations).extracting(r -> r.get("id").asString() + "=" + r.get("depositDisposition").asString())
                .containsExactlyInAnyOrder(mine + "=APPLY_TO_PRICE", theirs + "=REFUND");
        JsonNode audit = api.call(get("/api/v1/audit/entries").param("aggregateType", "Auction").param("aggregateId", id),
                ADMIN, null, 200);
        assertThat(audit.toString()).contains("auction.created", "auction.started", "auction.closed");
    }

    @Test
    void aBestBidBelowTheReserveClosesWithoutASaleAndRefundsEveryDeposit() throws Exception {
        String id = qualifiedAuction("ENGLISH", 2_000_000_000L);
        clock.advance(Duration.ofHours(1));
        api.call(post("/api/v1/auctions/{id}/start", id), OFFICER, null, 200);
        api.call(post("/api/v1/auctions/{id}/bids", id), APPLICANT, bid(1_500_000_000L), 201);
        clock.advance(Duration.ofDays(1));
        JsonNode closed = api.call(post("/api/v1/auctions/{id}/close", id), OFFICER, null, 200);
        assertThat(closed.get("result").get("outcome").asString()).isEqualTo("RESERVE_NOT_MET");
        assertThat(closed.get("result").get("priceVnd").isNull()).isTrue();
        assertThat(api.call(get("/api/v1/auctions/{id}/registrations", id), OFFICER, null, 200))
                .allMatch(r -> r.get("depositDisposition").asString().equals("REFUND"));
        assertThat(api.call(get("/api/v1/auctions/{id}/verify", id), OFFICER, null, 200).get("consistent").asBoolean()).isTrue();
    }

    @Test
    void sealedBidsStayHiddenUntilCloseAndEachBidderBidsOnce() throws Exception {
        String id = qualifiedAuction("SEALED", null);
        clock.advance(Duration.ofHours(1));
        api.call(post("/api/v1/auctions/{id}/start", id), OFFICER, null, 200);
        api.call(post("/api/v1/auctions/{id}/bids", id), APPLICANT, bid(1_200_000_000L), 201);
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), APPLICANT, bid(1_300_000_000L), 422))
                .isEqualTo("auction.bid.sealed-once");
        api.call(post("/api/v1/auctions/{id}/bids", id), OTHER, bid(1_100_000_000L), 201);
        JsonNode during = api.call(get("/api/v1/auctions/{id}", id), OTHER, null, 200);
        assertThat(during.get("bestAmountVnd").isNull()).isTrue();
        assertThat(during.get("minimumNextBidVnd").isNull()).isTrue();
        api.call(get("/api/v1/auctions/{id}/bids", id), OTHER, null, 403);
        clock.advance(Duration.ofDays(1));
        JsonNode closed = api.call(post("/api/v1/auctions/{id}/close", id), OFFICER, null, 200);
        assertThat(closed.get("result").get("priceVnd").asLong()).isEqualTo(1_200_000_000L);
        assertThat(api.call(get("/api/v1/auctions/{id}/bids", id), OTHER, null, 200)).hasSize(2);
    }

    @Test
    void withOneQualifiedBidderTheAuctionFailsAndTheDepositIsRefunded() throws Exception {
        String id = api.call(post("/api/v1/auctions"), OFFICER, AuctionMother.auction(clock.instant(), null, null), 201)
                .get("id").asString();
        api.call(post("/api/v1/auctions/{id}/open-registration", id), OFFICER, null, 200);
        String mine = api.call(post("/api/v1/auctions/{id}/registrations", id), APPLICANT, null, 201).get("id").asString();
        api.call(post("/api/v1/auctions/{id}/registrations", id), OTHER, null, 201);
        api.call(post("/api/v1/auctions/{id}/registrations/{r}/confirm-deposit", id, mine), OFFICER, null, 200);
        clock.advance(Duration.ofHours(1));
        JsonNode failed = api.call(post("/api/v1/auctions/{id}/start", id), OFFICER, null, 200);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("result").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(api.code(post("/api/v1/auctions/{id}/bids", id), APPLICANT, bid(AuctionMother.START), 409))
                .isEqualTo("state.illegal-transition");
        assertThat(api.call(get("/api/v1/auctions/{id}/verify", id), APPLICANT, null, 200).get("consistent").asBoolean())
                .isTrue();
    }

    @Test
    void aDepositOutsideFiveToTwentyPercentIsRefused() throws Exception {
        Map<String, Object> body = AuctionMother.auction(clock.instant(), null, null);
        body.put("depositVnd", AuctionMother.START / 25);
        JsonNode problem = api.call(post("/api/v1/auctions"), OFFICER, body, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("depositVnd");
    }
}
