package org.innoport.exchange.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.innoport.exchange.AuctionFormat;
import org.innoport.exchange.AuctionOutcome;
import org.innoport.exchange.AuctionProperties;
import org.innoport.exchange.AuctionResult;
import org.innoport.shared.DomainException;

/**
 * Whatever bids arrive, in whatever order: the accepted ones form a log that breaks no rule, strictly increasing by
 * at least the step, and the result recomputed from it names the highest accepted bid.
 */
class AuctionRulesProperties {

    @Property(tries = 200)
    void acceptedEnglishBidsAlwaysFormASoundLogWhoseBestWins(
            @ForAll @Size(max = 60) List<@LongRange(min = 1, max = 3_000) Long> offers,
            @ForAll @IntRange(min = 2, max = 5) int bidders, @ForAll @LongRange(min = 1, max = 100) long step) {
        Instant t0 = Instant.parse("2026-12-01T02:00:00Z");
        Auction auction = new Auction(UUID.randomUUID(), new Auction.Terms("Lô", null, "Công nghệ", UUID.randomUUID(),
                AuctionFormat.ENGLISH, 500, step, null, 50, t0, t0.plusSeconds(60), t0.plusSeconds(60),
                t0.plus(Duration.ofDays(1))), AuctionProperties.defaults(), "o", t0);
        auction.openRegistration();
        auction.start(bidders, 2, t0.plusSeconds(60));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < bidders; i++) {
            ids.add(UUID.randomUUID());
        }
        List<LoggedBid> log = new ArrayList<>();
        long highest = -1;
        for (int i = 0; i < offers.size(); i++) {
            UUID who = ids.get(i % bidders);
            try {
                int seq = auction.accept(offers.get(i), t0.plusSeconds(120 + i));
                log.add(new LoggedBid(seq, who, who, offers.get(i)));
                highest = offers.get(i);
            } catch (DomainException refused) {
                assertThat(refused.code()).isEqualTo(Auction.TOO_LOW);
                assertThat(offers.get(i)).isLessThan(auction.minimumNextBid());
            }
        }
        assertThat(AuctionRules.violations(auction.rules(), log)).isEmpty();
        AuctionResult result = AuctionRules.recompute(auction.rules(), log, false);
        if (log.isEmpty()) {
            assertThat(result.outcome()).isEqualTo(AuctionOutcome.NO_BIDS);
        } else {
            assertThat(result.outcome()).isEqualTo(AuctionOutcome.SOLD);
            assertThat(result.priceVnd()).isEqualTo(highest);
            assertThat(result.winningSeq()).isEqualTo(log.size());
        }
    }
}
