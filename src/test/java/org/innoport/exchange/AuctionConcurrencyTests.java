package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 50 bidders send 1,000 bids concurrently through the HTTP API of an English auction. Every acknowledged bid is in
 * the log exactly once, the log is strictly increasing by at least the step in sequence order, the winner is the
 * highest accepted bid and the stored result equals the one recomputed from the log; the database itself refuses to
 * change or delete a bid, or to accept a second one at the same amount.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
class AuctionConcurrencyTests {

    static final int BIDDERS = 50;
    static final int BIDS_EACH = 20;

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

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> send(String token, String method, String path, Object body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fiftyBiddersSendingAThousandBidsConcurrentlyGetOneTotalOrderThatTheResultIsRecomputedFrom() throws Exception {
        List<AuctionBidders.Bidder> bidders = AuctionBidders.create(accounts, tokens, BIDDERS);
        AtomicReference<UUID> auctionId = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> {
            var body = json.convertValue(AuctionMother.auction(clock.instant(), "ENGLISH", null), Auctions.NewAuction.class);
            auctionId.set(auctions.create(body).id());
            auctions.openRegistration(auctionId.get(), null);
        });
        UUID id = auctionId.get();
        for (AuctionBidders.Bidder bidder : bidders) {
            HttpResponse<String> registered = send(bidder.token(), "POST", "/api/v1/auctions/" + id + "/registrations",
                    null, null);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            UUID registration = UUID.fromString(json.readTree(registered.body()).get("id").asString());
            AuctionBidders.as("officer", "OFFICER", () -> auctions.confirmDeposit(id, registration, null));
        }
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        AuctionBidders.as("officer", "OFFICER", () -> auctions.start(id, null));

        AtomicLong ticket = new AtomicLong();
        Map<UUID, JsonNode> acknowledged = new ConcurrentHashMap<>();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (AuctionBidders.Bidder bidder : bidders) {
                pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < BIDS_EACH; i++) {
                        long amount = AuctionMother.START + AuctionMother.STEP * ticket.getAndIncrement()
                                + ThreadLocalRandom.current().nextLong(AuctionMother.STEP / 2);
                        HttpResponse<String> response = send(bidder.token(), "POST", "/api/v1/auctions/" + id + "/bids",
                                Map.of("amountVnd", amount), UUID.randomUUID().toString());
                        JsonNode node = json.readTree(response.body());
                        if (response.statusCode() == 201) {
                            acknowledged.put(UUID.fromString(node.get("id").asString()), node);
                        } else if (response.statusCode() == 422) {
                            refusals.merge(node.get("code").asString(), 1, Integer::sum);
                        } else {
                            unexpected.add(response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                });
            }
            go.countDown();
        }
        assertThat(unexpected).isEmpty();
        assertThat(refusals.keySet()).isSubsetOf(Set.of("auction.bid.too-low"));
        assertThat(acknowledged.size() + refusals.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(BIDDERS * BIDS_EACH);
        assertThat(acknowledged).isNotEmpty();

        List<BidView> log = new ArrayList<>();
        AuctionBidders.as("officer", "OFFICER", () -> log.addAll(auctions.bids(id)));
        assertThat(log).hasSameSizeAs(acknowledged.values());
        Set<UUID> seen = new HashSet<>();
        Map<Long, Integer> amounts = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            BidView bid = log.get(i);
            assertThat(seen.add(bid.id())).as("bid %s appears once", bid.id()).isTrue();
            assertThat(amounts.put(bid.amountVnd(), bid.seq())).as("amount %s once", bid.amountVnd()).isNull();
            assertThat(bid.seq()).isEqualTo(i + 1);
            JsonNode ack = acknowledged.get(bid.id());
            assertThat(ack).as("every logged bid was acknowledged").isNotNull();
            assertThat(ack.get("seq").asInt()).isEqualTo(bid.seq());
            assertThat(ack.get("amountVnd").asLong()).isEqualTo(bid.amountVnd());
            if (i > 0) {
                assertThat(bid.amountVnd()).isGreaterThanOrEqualTo(log.get(i - 1).amountVnd() + AuctionMother.STEP);
            }
        }
        assertThat(seen).isEqualTo(acknowledged.keySet());

        clock.advance(Duration.ofDays(1));
        AtomicReference<AuctionView> closed = new AtomicReference<>();
        AtomicReference<AuctionVerification> verification = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> {
            closed.set(auctions.close(id, null));
            verification.set(auctions.verify(id));
        });
        BidView highest = log.getLast();
        assertThat(closed.get().result().priceVnd()).isEqualTo(highest.amountVnd());
        assertThat(closed.get().result().winnerOrganisationId()).isEqualTo(highest.organisationId());
        assertThat(closed.get().result().winningSeq()).isEqualTo(highest.seq());
        assertThat(verification.get().consistent()).isTrue();
        assertThat(verification.get().recomputed()).isEqualTo(verification.get().stored());

        assertThatThrownBy(() -> jdbc.sql("update exchange.auction_bids set amount_vnd = amount_vnd + 1 where auction_id = ?")
                .param(id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from exchange.auction_bids where auction_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into exchange.auction_bids (id, auction_id, seq, registration_id, organisation_id, bidder,
                                                   amount_vnd, sealed, placed_at)
                select gen_random_uuid(), auction_id, 100000, registration_id, organisation_id, bidder, amount_vnd,
                       false, placed_at
                  from exchange.auction_bids where auction_id = ? and seq = 1""").param(id).update())
                .hasMessageContaining("auction_bids_open_amount");
        assertThat(jdbc.sql("select count(*) from exchange.auction_bids where auction_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(log.size());
    }
}
