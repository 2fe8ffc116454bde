package org.innoport.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innoport.exchange.AuctionBidders;
import org.innoport.exchange.AuctionMother;
import org.innoport.exchange.AuctionStatus;
import org.innoport.exchange.AuctionTestClock;
import org.innoport.exchange.AuctionView;
import org.innoport.exchange.Auctions;
import org.innoport.exchange.ExchangeMother;
import org.innoport.exchange.MutableClock;
import org.innoport.platform.FlashMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The auction pages per role: the officer creates (with field errors), runs the lifecycle and sees the reserve; an
 * organisation user registers, is qualified and bids through the form (a double submit is refused, not doubled);
 * another organisation sees the auction but cannot bid; an anonymous visitor is sent to the login page; after close
 * participants see the result and the ordered log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
class AuctionPagesTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final RequestPostProcessor OTHER = user("applicant2").roles("APPLICANT");
    static final RequestPostProcessor NO_ORGANISATION = user("leader").roles("LEADER");
    static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Auctions auctions;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    /** A new auction (reserve 1.5 bn) with registration open; nobody registered yet. */
    AuctionView openAuction() {
        AtomicReference<AuctionView> view = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> {
            UUID id = auctions.create(json.convertValue(AuctionMother.auction(clock.instant(), "ENGLISH", 1_500_000_000L),
                    Auctions.NewAuction.class)).id();
            view.set(auctions.openRegistration(id, null));
        });
        return view.get();
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String flashKey(MvcResult result) {
        return ((FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE)).messageKey();
    }

    @Test
    void anOfficerCreatesAnAuctionThroughTheFormAndSeesFieldErrorsFirst() throws Exception {
        mvc.perform(get("/exchange/auctions/new").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"auction-form\"")))
                .andExpect(content().string(containsString("data-confirm=")));
        mvc.perform(get("/exchange/auctions/new").with(APPLICANT)).andExpect(status().isForbidden());
        LocalDateTime now = LocalDateTime.now(AuctionForm.VIETNAM).truncatedTo(ChronoUnit.MINUTES);
        String title = "Đấu giá sáng chế máy sấy " + ExchangeMother.token();
        java.util.function.Function<String, MockHttpServletRequestBuilder> request = deposit -> post("/exchange/auctions/new")
                .with(OFFICER).with(csrf()).param("title", title)
                .param("format", "ENGLISH").param("lotDescription", "Bằng độc quyền sáng chế máy sấy bơm nhiệt")
                .param("auctionOrganisationId", ExchangeMother.MARITIME.toString())
                .param("startingPriceVnd", "1000000000").param("bidStepVnd", "10000000").param("depositVnd", deposit)
                .param("registrationOpensAt", now.toString()).param("registrationClosesAt", now.plusDays(1).toString())
                .param("biddingOpensAt", now.plusDays(1).toString()).param("biddingEndsAt", now.plusDays(2).toString());
        mvc.perform(request.apply("10000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("id=\"depositVnd-error\"")))
                .andExpect(content().string(containsString("Tiền đặt trước phải từ 5 % đến 20 % giá khởi điểm.")));
        mvc.perform(request.apply("100000000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/exchange/auctions/*"));
        assertThat(page("/exchange/auctions?status=DRAFT", OFFICER)).contains(title);
    }

    @Test
    void anOfficerSeesTheReserveAndTheLifecycleButtonsOthersDoNot() throws Exception {
        AuctionView auction = openAuction();
        String path = "/exchange/auctions/" + auction.id();
        String officer = page(path, OFFICER);
        assertThat(officer).contains(auction.title(), "id=\"reserve\"", "1.500.000.000", "id=\"action-start\"",
                "id=\"action-cancel\"", "data-confirm=");
        String bidder = page(path, APPLICANT);
        assertThat(bidder).contains(auction.title(), "id=\"register\"").doesNotContain("id=\"reserve\"", "1.500.000.000",
                "id=\"action-start\"");
        String noOrganisation = page(path, NO_ORGANISATION);
        assertThat(noOrganisation).contains(auction.title()).doesNotContain("id=\"register\"", "id=\"reserve\"");
        assertThat(page("/exchange/auctions", APPLICANT)).contains("id=\"auctions\"", "id=\"auction-filter\"");
        assertThat(page("/exchange/auctions?page=100000", APPLICANT)).contains("Chưa có cuộc đấu giá nào");
        mvc.perform(post(path + "/start").with(APPLICANT).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        AuctionView auction = openAuction();
        mvc.perform(get("/exchange/auctions")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/exchange/auctions/{id}", auction.id())).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void aQualifiedBidderBidsThroughTheFormOnceEvenWhenItSubmitsTwiceAndOthersAreRefused() throws Exception {
        AuctionView auction = openAuction();
        String path = "/exchange/auctions/" + auction.id();
        assertThat(flashKey(mvc.perform(post(path + "/register").with(APPLICANT).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn())).isEqualTo("auction.flash.registered");
        assertThat(page(path, APPLICANT)).contains("Chờ cán bộ xác nhận tiền đặt trước");
        AtomicReference<UUID> mine = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> mine.set(auctions.registrations(auction.id()).getFirst().id()));
        mvc.perform(post(path + "/registrations/" + mine.get() + "/confirm-deposit").with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        AtomicReference<UUID> theirs = new AtomicReference<>();
        AuctionBidders.as("applicant2", "APPLICANT", () -> theirs.set(auctions.register(auction.id()).id()));
        mvc.perform(post(path + "/registrations/" + theirs.get() + "/confirm-deposit").with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        mvc.perform(post(path + "/start").with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());

        String bidding = page(path, APPLICANT);
        assertThat(bidding).contains("id=\"bid-form\"", "id=\"auction-live\"", "/api/v1/auctions/" + auction.id() + "/stream",
                "/js/auction-live.js", "Đủ điều kiện, chưa trả giá");
        Matcher key = KEY.matcher(bidding);
        assertThat(key.find()).isTrue();
        for (String expected : new String[] {"auction.flash.bid", "auction.bid.replayed"}) {
            assertThat(flashKey(mvc.perform(post(path + "/bids").with(APPLICANT).with(csrf())
                            .param("idempotencyKey", key.group(1)).param("amountVnd", String.valueOf(AuctionMother.START)))
                    .andExpect(status().is3xxRedirection()).andReturn())).isEqualTo(expected);
        }
        AtomicReference<AuctionView> after = new AtomicReference<>();
        AuctionBidders.as("officer", "OFFICER", () -> after.set(auctions.get(auction.id())));
        assertThat(after.get().bidCount()).isEqualTo(1);
        assertThat(KEY.matcher(page(path, APPLICANT)).results().map(m -> m.group(1))).doesNotContain(key.group(1));

        String other = page(path, NO_ORGANISATION);
        assertThat(other).contains("id=\"auction-live\"").doesNotContain("id=\"bid-form\"");
        mvc.perform(post(path + "/bids").with(NO_ORGANISATION).with(csrf()).param("amountVnd", "5000000000")
                .param("idempotencyKey", UUID.randomUUID().toString())).andExpect(status().isForbidden());

        clock.advance(Duration.ofDays(1));
        mvc.perform(post(path + "/close").with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());
        String closed = page(path, OTHER);
        assertThat(closed).contains("id=\"result\"", "id=\"bid-log\"", "Không bán: giá cao nhất thấp hơn giá sàn")
                .doesNotContain("id=\"bid-form\"");
        assertThat(page(path, NO_ORGANISATION)).contains("id=\"result\"").doesNotContain("id=\"bid-log\"");
        assertThat(page("/exchange/auctions?status=" + AuctionStatus.CLOSED, OTHER)).contains(auction.title());
    }

    @Test
    void anOrganisationThatIsNotQualifiedCannotPostTheBidForm() throws Exception {
        AuctionView auction = openAuction();
        String path = "/exchange/auctions/" + auction.id();
        mvc.perform(post(path + "/register").with(OTHER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(path, OTHER)).doesNotContain("id=\"bid-form\"");
        mvc.perform(post(path + "/bids").with(OTHER).with(csrf()).param("amountVnd", String.valueOf(AuctionMother.START))
                .param("idempotencyKey", UUID.randomUUID().toString())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/bids").with(APPLICANT).with(csrf()).param("amountVnd", String.valueOf(AuctionMother.START))
                .param("idempotencyKey", UUID.randomUUID().toString())).andExpect(status().isForbidden());
        mvc.perform(get(path).with(APPLICANT)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"bid-form\""))));
    }
}
