package org.innoport.exchange.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.innoport.exchange.AuctionFormat;
import org.innoport.exchange.AuctionProperties;
import org.innoport.shared.DomainException;

/**
 * Simultaneous English bids (one batch of the sequencer) decided by the real aggregate in {@link BatchOrder}'s order:
 * the log stays strictly increasing by at least the step, the accepted set is as large as any set of the batch that
 * could stand in such a log, the batch's highest valid bid is always accepted, and of two equal bids the earlier one.
 */
class BatchOrderProperties {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final long START = 500;

    @Property(tries = 500)
    void aBatchDecidedInBatchOrderAcceptsTheLargestPossibleSetAndKeepsTheLogStrictlyIncreasing(
            @ForAll @Size(max = 4) List<@Size(max = 40) List<@LongRange(min = 400, max = 1_200) Long>> batches,
            @ForAll @LongRange(min = 1, max = 60) long step) {
        Auction auction = englishAuction(step);
        List<LoggedBid> log = new ArrayList<>();
        UUID bidder = UUID.randomUUID();
        for (List<Long> batch : batches) {
            long[] amounts = batch.stream().mapToLong(Long::longValue).toArray();
            long floor = auction.minimumNextBid();
            int[] order = BatchOrder.decisionOrder(amounts, floor, step);

            assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(IntStream.range(0, amounts.length).toArray());
            boolean[] accepted = new boolean[amounts.length];
            for (int i : order) {
                try {
                    int seq = auction.accept(amounts[i], T0.plusSeconds(120));
                    log.add(new LoggedBid(seq, bidder, bidder, amounts[i]));
                    accepted[i] = true;
                } catch (DomainException refused) {
                    assertThat(refused.code()).isEqualTo(Auction.TOO_LOW);
                }
            }

            assertThat(AuctionRules.violations(auction.rules(), log)).isEmpty();
            assertThat(count(accepted)).isEqualTo(longestChain(amounts, floor, step));
            assertThat(count(accepted)).isGreaterThanOrEqualTo(acceptedInArrivalOrder(amounts, floor, step));
            long highest = Arrays.stream(amounts).max().orElse(Long.MIN_VALUE);
            if (highest >= floor) {
                int earliestHighest = IntStream.range(0, amounts.length).filter(i -> amounts[i] == highest).findFirst()
                        .orElseThrow();
                assertThat(accepted[earliestHighest]).as("the earliest of the highest bids is accepted").isTrue();
                assertThat(auction.getBestAmountVnd()).isEqualTo(highest);
            }
            for (int i = 0; i < amounts.length; i++) {
                for (int j = i + 1; j < amounts.length; j++) {
                    if (amounts[i] == amounts[j]) {
                        assertThat(accepted[j]).as("a later equal bid is never the accepted one").isFalse();
                    }
                }
            }
        }
    }

    @Example
    void ofTwoSimultaneousBidsLessThanAStepApartTheHigherIsAccepted() {
        // ascending greedy would accept 1,000 and refuse 1,005: the higher bidder would lose to a lower bid
        long[] amounts = {1_000, 1_005};
        int[] order = BatchOrder.decisionOrder(amounts, 1_000, 10);
        Auction auction = englishAuction(10);
        List<Long> accepted = new ArrayList<>();
        for (int i : order) {
            try {
                auction.accept(amounts[i], T0.plusSeconds(120));
                accepted.add(amounts[i]);
            } catch (DomainException refused) {
                assertThat(refused.code()).isEqualTo(Auction.TOO_LOW);
            }
        }
        assertThat(accepted).containsExactly(1_005L);
    }

    @Example
    void simultaneousBidsThatOvertookEachOtherAreAllAcceptedInAscendingOrder() {
        long[] amounts = {1_060, 1_020, 1_040, 1_000, 1_040};
        int[] order = BatchOrder.decisionOrder(amounts, 1_000, 20);
        assertThat(order).containsExactly(3, 1, 2, 4, 0);
    }

    private static Auction englishAuction(long step) {
        Auction auction = new Auction(UUID.randomUUID(), new Auction.Terms("Lô", null, "Công nghệ", UUID.randomUUID(),
                AuctionFormat.ENGLISH, START, step, null, 50, T0, T0.plusSeconds(60), T0.plusSeconds(60),
                T0.plus(Duration.ofDays(1))), AuctionProperties.defaults(), "o", T0);
        auction.openRegistration();
        auction.start(2, 2, T0.plusSeconds(60));
        return auction;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    /** The most bids of the batch that can stand in one log: at least the floor, consecutive ones a step apart. */
    private static int longestChain(long[] amounts, long floor, long step) {
        long[] sorted = Arrays.stream(amounts).filter(a -> a >= floor).sorted().toArray();
        int[] best = new int[sorted.length];
        int longest = 0;
        for (int i = 0; i < sorted.length; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (sorted[i] - sorted[j] >= step) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            longest = Math.max(longest, best[i]);
        }
        return longest;
    }

    private static int acceptedInArrivalOrder(long[] amounts, long floor, long step) {
        int accepted = 0;
        long minimum = floor;
        for (long amount : amounts) {
            if (amount >= minimum) {
                accepted++;
                minimum = amount + step;
            }
        }
        return accepted;
    }
}
