package org.innoport.exchange.auctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.AuctionFormat;
import org.innoport.exchange.AuctionOutcome;
import org.innoport.exchange.AuctionProperties;
import org.innoport.exchange.AuctionResult;
import org.innoport.exchange.AuctionStatus;
import org.innoport.exchange.MutableClock;
import org.innoport.shared.DomainException;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class AuctionTests {

    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    static final AuctionProperties RULES = AuctionProperties.defaults();

    final MutableClock clock = new MutableClock(T0);
    final UUID alpha = UUID.randomUUID();
    final UUID beta = UUID.randomUUID();
    final List<LoggedBid> log = new ArrayList<>();

    static Auction.Terms terms(AuctionFormat format, long deposit, Long reserve) {
        return new Auction.Terms("Chuyển giao công nghệ xử lý nước thải", null, "Quy trình xử lý nước thải nuôi tôm",
                UUID.randomUUID(), format, 1_000_000_000L, 50_000_000L, reserve, deposit, T0, T0.plus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
    }

    Auction bidding(AuctionFormat format, Long reserve) {
        Auction auction = new Auction(UUID.randomUUID(), terms(format, 100_000_000L, reserve), RULES, "officer", T0);
        auction.openRegistration();
        clock.set(auction.getBiddingOpensAt());
        auction.start(2, RULES.minQualifiedBidders(), clock.instant());
        assertThat(auction.getStatus()).isEqualTo(AuctionStatus.BIDDING);
        return auction;
    }

    void bid(Auction auction, UUID bidder, long amount) {
        int seq = auction.accept(amount, clock.instant());
        log.add(new LoggedBid(seq, bidder, bidder, amount));
    }

    @Test
    void theDepositMustBeFiveToTwentyPercentOfTheStartingPriceBoundsIncluded() {
        assertThat(new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 50_000_000L, null), RULES, "o", T0)
                .getDepositVnd()).isEqualTo(50_000_000L);
        assertThat(new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 200_000_000L, null), RULES, "o", T0)
                .getDepositVnd()).isEqualTo(200_000_000L);
        assertThatThrownBy(() -> new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 49_999_999L, null), RULES,
                "o", T0)).isInstanceOf(RuleViolationException.class).hasMessage("auction.deposit.bounds");
        assertThatThrownBy(() -> new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 200_000_001L, null), RULES,
                "o", T0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anEnglishBidMustBeAtLeastTheStartingPriceThenTheBestPlusTheStep() {
        Auction auction = bidding(AuctionFormat.ENGLISH, null);
        assertThatThrownBy(() -> auction.accept(999_999_999L, clock.instant()))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("auction.bid.too-low");
        bid(auction, alpha, 1_000_000_000L);
        assertThatThrownBy(() -> auction.accept(1_049_999_999L, clock.instant())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> auction.accept(1_000_000_000L, clock.instant())).isInstanceOf(DomainException.class);
        bid(auction, beta, 1_050_000_000L);
        assertThat(auction.minimumNextBid()).isEqualTo(1_100_000_000L);
        assertThat(auction.getBidCount()).isEqualTo(2);
    }

    @Test
    void aBidInTheLastTwoMinutesExtendsTheEndByTwoMinutes() {
        Auction auction = bidding(AuctionFormat.ENGLISH, null);
        Instant end = auction.getBiddingEndsAt();
        clock.set(end.minus(Duration.ofMinutes(3)));
        bid(auction, alpha, 1_000_000_000L);
        assertThat(auction.getBiddingEndsAt()).isEqualTo(end);
        clock.set(end.minus(Duration.ofSeconds(30)));
        bid(auction, beta, 1_050_000_000L);
        assertThat(auction.getBiddingEndsAt()).isEqualTo(end.plus(Duration.ofMinutes(2)));
        clock.set(end.plusSeconds(60));
        bid(auction, alpha, 1_100_000_000L);
        assertThat(auction.getBiddingEndsAt()).isEqualTo(end.plus(Duration.ofMinutes(4)));
        clock.set(auction.getBiddingEndsAt());
        assertThatThrownBy(() -> auction.accept(2_000_000_000L, clock.instant()))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("auction.bid.outside-window");
    }

    @Test
    void theExtensionIsConfigurable() {
        var rules = new AuctionProperties(Duration.ofMinutes(5), Duration.ofMinutes(10), 5, 20, 2);
        Auction auction = new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 100_000_000L, null), rules, "o", T0);
        auction.openRegistration();
        auction.start(2, 2, auction.getBiddingOpensAt());
        Instant end = auction.getBiddingEndsAt();
        auction.accept(1_000_000_000L, end.minus(Duration.ofMinutes(4)));
        assertThat(auction.getBiddingEndsAt()).isEqualTo(end.plus(Duration.ofMinutes(10)));
    }

    @Test
    void closingBeforeTheEndIsRefusedAndAfterItTheHighestBidWins() {
        Auction auction = bidding(AuctionFormat.ENGLISH, null);
        bid(auction, alpha, 1_000_000_000L);
        bid(auction, beta, 1_200_000_000L);
        AuctionResult result = AuctionRules.recompute(auction.rules(), log, false);
        assertThatThrownBy(() -> auction.close(result, clock.instant())).isInstanceOf(DomainException.class);
        clock.set(auction.getBiddingEndsAt());
        auction.close(result, clock.instant());
        assertThat(auction.getStatus()).isEqualTo(AuctionStatus.CLOSED);
        assertThat(auction.result()).isEqualTo(new AuctionResult(AuctionOutcome.SOLD, beta, beta, 1_200_000_000L, 2, 2));
        assertThatThrownBy(() -> auction.accept(2_000_000_000L, clock.instant()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aBestBidBelowTheHiddenReserveIsNoSale() {
        Auction auction = bidding(AuctionFormat.ENGLISH, 1_500_000_000L);
        bid(auction, alpha, 1_000_000_000L);
        bid(auction, beta, 1_450_000_000L);
        AuctionResult result = AuctionRules.recompute(auction.rules(), log, false);
        assertThat(result.outcome()).isEqualTo(AuctionOutcome.RESERVE_NOT_MET);
        assertThat(result.priceVnd()).isNull();
        bid(auction, alpha, 1_500_000_000L);
        assertThat(AuctionRules.recompute(auction.rules(), log, false).outcome()).isEqualTo(AuctionOutcome.SOLD);
    }

    @Test
    void sealedBidsNeedOnlyTheStartingPriceAndTheHighestWinsTiesToTheEarlier() {
        Auction auction = bidding(AuctionFormat.SEALED, null);
        UUID gamma = UUID.randomUUID();
        bid(auction, alpha, 1_300_000_000L);
        bid(auction, beta, 1_100_000_000L);
        bid(auction, gamma, 1_300_000_000L);
        assertThat(auction.getBestAmountVnd()).as("a sealed auction keeps no visible best").isNull();
        assertThatThrownBy(() -> auction.accept(900_000_000L, clock.instant())).isInstanceOf(DomainException.class);
        AuctionResult result = AuctionRules.recompute(auction.rules(), log, false);
        assertThat(result.winnerRegistrationId()).isEqualTo(alpha);
        assertThat(result.priceVnd()).isEqualTo(1_300_000_000L);
        assertThat(AuctionRules.violations(auction.rules(), log)).isEmpty();
        assertThat(AuctionRules.violations(auction.rules(), List.of(new LoggedBid(1, alpha, alpha, 1_100_000_000L),
                new LoggedBid(2, alpha, alpha, 1_200_000_000L)))).hasSize(1);
    }

    @Test
    void withFewerThanTwoQualifiedBiddersTheAuctionFails() {
        Auction auction = new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 100_000_000L, null), RULES, "o", T0);
        auction.openRegistration();
        assertThatThrownBy(() -> auction.start(1, 2, T0)).isInstanceOf(DomainException.class)
                .hasMessage("auction.start.too-early");
        auction.start(1, 2, auction.getBiddingOpensAt());
        assertThat(auction.getStatus()).isEqualTo(AuctionStatus.FAILED);
        assertThat(auction.result().outcome()).isEqualTo(AuctionOutcome.FAILED);
        assertThat(AuctionRules.recompute(auction.rules(), List.of(), true)).isEqualTo(auction.result());
        assertThatThrownBy(() -> auction.accept(1_000_000_000L, auction.getBiddingOpensAt()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theTransitionTableRefusesEverythingItDoesNotList() {
        Auction auction = new Auction(UUID.randomUUID(), terms(AuctionFormat.ENGLISH, 100_000_000L, null), RULES, "o", T0);
        assertThatThrownBy(() -> auction.start(5, 2, auction.getBiddingOpensAt()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(AuctionTransitions.allowed(AuctionStatus.CLOSED)).isEmpty();
        auction.cancel();
        assertThatThrownBy(auction::openRegistration).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aLogThatSkipsASequenceNumberOrRepeatsAnAmountIsReported() {
        var rules = new AuctionRules.Terms(AuctionFormat.ENGLISH, 100, 10, null);
        assertThat(AuctionRules.violations(rules, List.of(new LoggedBid(1, alpha, alpha, 100),
                new LoggedBid(3, beta, beta, 110)))).containsExactly("seq 3 at position 2");
        assertThat(AuctionRules.violations(rules, List.of(new LoggedBid(1, alpha, alpha, 100),
                new LoggedBid(2, beta, beta, 105)))).hasSize(1);
    }
}
