package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The live stream over real HTTP: a bidder opens {@code /api/v1/auctions/{id}/stream}, places a bid through the API
 * and reads the pushed state (best, count, server clock, end, its own standing); the other bidder's higher bid turns
 * it into OUTBID; a sealed auction's stream never shows the best amount while bidding; no stream without signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
class AuctionStreamTests {

    @LocalServerPort
    int port;

    @Autowired
    Auctions auctions;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One SSE event as read off the wire. */
    record Event(String name, JsonNode data) {
    }

    /** An open stream: events arrive on a queue filled by the HTTP client's reader. */
    final class Stream implements AutoCloseable {

        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final HttpResponse<java.util.stream.Stream<String>> response;

        Stream(String token, UUID auctionId) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/auctions/" + auctionId + "/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            Thread.ofVirtual().start(() -> read(response.body()));
        }

        private void read(java.util.stream.Stream<String> lines) {
            String[] name = {null};
            StringBuilder data = new StringBuilder();
            try {
                lines.forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    } else if (line.isEmpty() && !data.isEmpty()) {
                        events.add(new Event(name[0], json.readTree(data.toString())));
                        name[0] = null;
                        data.setLength(0);
                    }
                });
            } catch (UncheckedIOException closed) {
                // the test closed the stream
            }
        }

        /** The next {@code state} event, skipping heartbeats. */
        JsonNode nextState() throws InterruptedException {
            while (true) {
                Event event = events.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("a pushed state event").isNotNull();
                if ("state".equals(event.name())) {
                    return event.data();
                }
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> bid(String token, UUID auctionId, long amount) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/auctions/" + auctionId + "/bids"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("amountVnd", amount)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A started auction with both bidders qualified. */
    UUID biddingAuction(String format, List<AuctionBidders.Bidder> bidders) {
        AtomicReference<UUID> id = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> {
            id.set(auctions.create(json.convertValue(AuctionMother.auction(clock.instant(), format, null),
                    Auctions.NewAuction.class)).id());
            auctions.openRegistration(id.get(), null);
        });
        List<UUID> registrations = new ArrayList<>();
        bidders.forEach(b -> AuctionBidders.as(b.username(), "APPLICANT",
                () -> registrations.add(auctions.register(id.get()).id())));
        AuctionBidders.as("officer", "OFFICER", () -> {
            registrations.forEach(r -> auctions.confirmDeposit(id.get(), r, null));
            clock.advance(Duration.ofHours(1).plusMinutes(1));
            auctions.start(id.get(), null);
        });
        return id.get();
    }

    @Test
    void aBidderSeesItsOwnBidPushedAsLeadingAndThenOutbidWithTheServerClock() throws Exception {
        List<AuctionBidders.Bidder> bidders = AuctionBidders.create(accounts, tokens, 2);
        UUID id = biddingAuction("ENGLISH", bidders);
        try (Stream stream = new Stream(bidders.get(0).token(), id)) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            JsonNode initial = stream.nextState();
            assertThat(initial.get("status").asString()).isEqualTo("BIDDING");
            assertThat(initial.get("bidCount").asInt()).isZero();
            assertThat(initial.get("standing").asString()).isEqualTo("QUALIFIED");
            assertThat(Instant.parse(initial.get("now").asString())).isEqualTo(clock.instant().truncatedTo(
                    java.time.temporal.ChronoUnit.MICROS));
            assertThat(initial.get("biddingEndsAt").isNull()).isFalse();

            assertThat(bid(bidders.get(0).token(), id, AuctionMother.START).statusCode()).isEqualTo(201);
            JsonNode leading = stream.nextState();
            assertThat(leading.get("bidCount").asInt()).isEqualTo(1);
            assertThat(leading.get("bestAmountVnd").asLong()).isEqualTo(AuctionMother.START);
            assertThat(leading.get("minimumNextBidVnd").asLong()).isEqualTo(AuctionMother.START + AuctionMother.STEP);
            assertThat(leading.get("standing").asString()).isEqualTo("LEADING");

            assertThat(bid(bidders.get(1).token(), id, AuctionMother.START + AuctionMother.STEP).statusCode())
                    .isEqualTo(201);
            JsonNode outbid = stream.nextState();
            assertThat(outbid.get("bidCount").asInt()).isEqualTo(2);
            assertThat(outbid.get("bestAmountVnd").asLong()).isEqualTo(AuctionMother.START + AuctionMother.STEP);
            assertThat(outbid.get("standing").asString()).isEqualTo("OUTBID");
        }
    }

    @Test
    void aSealedAuctionsStreamHidesTheBestAmountAndAClosePushesTheResult() throws Exception {
        List<AuctionBidders.Bidder> bidders = AuctionBidders.create(accounts, tokens, 2);
        UUID id = biddingAuction("SEALED", bidders);
        try (Stream stream = new Stream(bidders.get(1).token(), id)) {
            stream.nextState();
            assertThat(bid(bidders.get(0).token(), id, AuctionMother.START + 3 * AuctionMother.STEP).statusCode())
                    .isEqualTo(201);
            JsonNode during = stream.nextState();
            assertThat(during.get("bidCount").asInt()).isEqualTo(1);
            assertThat(during.get("bestAmountVnd").isNull()).isTrue();
            assertThat(during.get("standing").asString()).isEqualTo("QUALIFIED");

            clock.advance(Duration.ofDays(1));
            AuctionBidders.as("officer", "OFFICER", () -> auctions.close(id, null));
            JsonNode closed = stream.nextState();
            assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
            assertThat(closed.get("outcome").asString()).isEqualTo("SOLD");
            assertThat(closed.get("priceVnd").asLong()).isEqualTo(AuctionMother.START + 3 * AuctionMother.STEP);
            assertThat(closed.get("standing").asString()).isEqualTo("LOST");
        }
    }

    @Test
    void nobodyStreamsWithoutSigningIn() throws Exception {
        UUID id = biddingAuction("ENGLISH", AuctionBidders.create(accounts, tokens, 2));
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/auctions/" + id + "/stream"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
