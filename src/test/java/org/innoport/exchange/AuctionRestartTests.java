package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.innoport.InnoPortApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Stops the whole application in the middle of an auction and starts it again on the same database (its own
 * embedded PostgreSQL data directory, fsync on, stopped and restarted with the application): no acknowledged bid is
 * lost, the sequence continues where it stopped and the result still recomputes from the log.
 */
class AuctionRestartTests {

    ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(InnoPortApplication.class, AuctionTestClock.class)
                .profiles("test", "demo")
                .run("--server.port=0", "--innoport.database.embedded.data-directory=" + data,
                        "--innoport.database.embedded.port=0", "--spring.main.banner-mode=off");
    }

    @Test
    void aRestartMidAuctionLosesNoAcknowledgedBid() throws Exception {
        Path data = Files.createTempDirectory("auction-restart-pg");
        List<BidView> acknowledged = new ArrayList<>();
        AtomicReference<UUID> id = new AtomicReference<>();
        AtomicReference<java.time.Instant> lastBidAt = new AtomicReference<>();
        try (ConfigurableApplicationContext first = start(data)) {
            Auctions auctions = first.getBean(Auctions.class);
            MutableClock clock = first.getBean(MutableClock.class);
            ObjectMapper json = first.getBean(ObjectMapper.class);
            AuctionBidders.as("officer", "OFFICER", () -> {
                id.set(auctions.create(json.convertValue(AuctionMother.auction(clock.instant(), "ENGLISH", null),
                        Auctions.NewAuction.class)).id());
                auctions.openRegistration(id.get(), null);
            });
            List<UUID> registrations = new ArrayList<>();
            AuctionBidders.as("applicant", "APPLICANT", () -> registrations.add(auctions.register(id.get()).id()));
            AuctionBidders.as("applicant2", "APPLICANT", () -> registrations.add(auctions.register(id.get()).id()));
            AuctionBidders.as("officer", "OFFICER", () -> {
                registrations.forEach(r -> auctions.confirmDeposit(id.get(), r, null));
                clock.advance(Duration.ofHours(1).plusMinutes(1));
                auctions.start(id.get(), null);
            });
            for (int i = 0; i < 20; i++) {
                long amount = AuctionMother.START + i * AuctionMother.STEP;
                AuctionBidders.as(i % 2 == 0 ? "applicant" : "applicant2", "APPLICANT", () -> acknowledged.add(
                        auctions.bid(id.get(), new Auctions.NewBid(amount), UUID.randomUUID().toString())));
            }
            lastBidAt.set(clock.instant());
        }

        try (ConfigurableApplicationContext second = start(data)) {
            Auctions auctions = second.getBean(Auctions.class);
            MutableClock clock = second.getBean(MutableClock.class);
            clock.set(lastBidAt.get().plusSeconds(60));
            List<BidView> log = new ArrayList<>();
            AuctionBidders.as("officer", "OFFICER", () -> log.addAll(auctions.bids(id.get())));
            assertThat(log).extracting(BidView::id).containsExactlyElementsOf(acknowledged.stream().map(BidView::id).toList());
            assertThat(log).extracting(BidView::seq).containsExactlyElementsOf(acknowledged.stream().map(BidView::seq).toList());
            AtomicReference<BidView> next = new AtomicReference<>();
            AuctionBidders.as("applicant", "APPLICANT", () -> next.set(auctions.bid(id.get(),
                    new Auctions.NewBid(AuctionMother.START + 25 * AuctionMother.STEP), null)));
            assertThat(next.get().seq()).isEqualTo(21);
            clock.advance(Duration.ofDays(2));
            AtomicReference<AuctionVerification> verification = new AtomicReference<>();
            AuctionBidders.as("officer", "OFFICER", () -> {
                assertThat(auctions.close(id.get(), null).result().priceVnd())
                        .isEqualTo(AuctionMother.START + 25 * AuctionMother.STEP);
                verification.set(auctions.verify(id.get()));
            });
            assertThat(verification.get().consistent()).isTrue();
        }
    }
}
