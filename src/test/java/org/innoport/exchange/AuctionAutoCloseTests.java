package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** The scheduled close: on the injected clock, an auction past its end is closed as the system, one still running is left. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
class AuctionAutoCloseTests {

    @Autowired
    Auctions auctions;

    @Autowired
    AuctionAutoClose autoClose;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    MockMvc mvc;

    /** An auction with applicant and applicant2 qualified; bidding opens in an hour, ends in a day. */
    UUID qualifiedAuction() {
        AtomicReference<UUID> id = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> {
            id.set(auctions.create(json.convertValue(AuctionMother.auction(clock.instant(), "ENGLISH", null),
                    Auctions.NewAuction.class)).id());
            auctions.openRegistration(id.get(), null);
        });
        List<UUID> registrations = new ArrayList<>();
        AuctionBidders.as("applicant", "APPLICANT", () -> registrations.add(auctions.register(id.get()).id()));
        AuctionBidders.as("applicant2", "APPLICANT", () -> registrations.add(auctions.register(id.get()).id()));
        AuctionBidders.as("officer", "OFFICER", () -> registrations.forEach(r -> auctions.confirmDeposit(id.get(), r, null)));
        return id.get();
    }

    AuctionView view(UUID id) {
        AtomicReference<AuctionView> view = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> view.set(auctions.get(id)));
        return view.get();
    }

    @Test
    void theJobClosesAnAuctionPastItsExtendedEndAndLeavesOneStillRunning() throws Exception {
        UUID ending = qualifiedAuction();
        clock.advance(Duration.ofHours(12));
        UUID running = qualifiedAuction();
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        AuctionBidders.as("officer", "OFFICER", () -> {
            auctions.start(ending, null);
            auctions.start(running, null);
        });
        clock.set(view(ending).biddingEndsAt().minusSeconds(30));
        AuctionBidders.as("applicant", "APPLICANT", () -> auctions.bid(ending, new Auctions.NewBid(AuctionMother.START),
                UUID.randomUUID().toString()));
        clock.set(view(ending).biddingEndsAt().minusSeconds(1));

        assertThat(autoClose.closeEnded()).doesNotContain(ending, running);
        assertThat(view(ending).status()).isEqualTo(AuctionStatus.BIDDING);

        clock.set(view(ending).biddingEndsAt());
        assertThat(autoClose.closeEnded()).contains(ending).doesNotContain(running);

        AuctionView closed = view(ending);
        assertThat(closed.status()).isEqualTo(AuctionStatus.CLOSED);
        assertThat(closed.result().outcome()).isEqualTo(AuctionOutcome.SOLD);
        assertThat(closed.result().priceVnd()).isEqualTo(AuctionMother.START);
        assertThat(view(running).status()).isEqualTo(AuctionStatus.BIDDING);
        String audit = mvc.perform(get("/api/v1/audit/entries").param("aggregateType", "Auction")
                        .param("aggregateId", ending.toString()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("auction.closed").contains("\"system\"");
    }
}
