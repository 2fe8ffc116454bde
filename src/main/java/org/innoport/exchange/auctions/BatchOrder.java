package org.innoport.exchange.auctions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order in which the English bids of one batch are decided (docs/adr/0042). The bids of a batch are simultaneous:
 * none was answered before another was received, so any order of them is a legitimate total order, and arrival order
 * among them is an accident of the network. This one is the order an auctioneer takes simultaneous bids in:
 *
 * <ol>
 * <li>The bids that will be accepted are chosen from the highest down: the highest bid of the batch (the earliest of
 * equal ones) if it reaches {@code floor} (the current best + step, or the starting price), then each next lower bid
 * that is at least {@code step} below the last chosen one and still reaches {@code floor}. This is the largest set of
 * the batch that can stand in one log increasing by at least the step, and it always contains the batch's highest
 * valid bid, so the best bid of a batch is never refused because a lower one was decided first.</li>
 * <li>The batch is then decided in ascending amount: first the bids below {@code floor}, then each chosen bid followed
 * by the unchosen bids it outbids (amount at most its own: each is then below the new best + step and refused as too
 * low against the bid just accepted). Ties keep arrival order.</li>
 * </ol>
 *
 * <p>The aggregate ({@link Auction#accept}) still decides every bid in this order; the order only makes its
 * decisions accept exactly the chosen bids. The log (sequence order) is then strictly increasing in amount.
 */
final class BatchOrder {

    private BatchOrder() {
    }

    /**
     * Positions (0-based, into {@code amounts}, which is in arrival order) in the order to decide them.
     *
     * @param floor the lowest amount the auction accepts before the batch (current best + step, or the starting price)
     * @param step the bid step (positive)
     */
    static int[] decisionOrder(long[] amounts, long floor, long step) {
        int n = amounts.length;
        // 1. choose from the top: highest first, equal amounts in arrival order
        Integer[] descending = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(descending, Comparator.<Integer>comparingLong(i -> amounts[i]).reversed()
                .thenComparingInt(i -> i));
        boolean[] chosen = new boolean[n];
        Long lastChosen = null;
        for (int i : descending) {
            long amount = amounts[i];
            if (amount < floor) {
                break;
            }
            if (lastChosen == null || amount <= lastChosen - step) {
                chosen[i] = true;
                lastChosen = amount;
            }
        }
        // 2. decide ascending: refusals below the floor, then each chosen bid followed by the bids it outbids
        Integer[] ascending = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(ascending, Comparator.<Integer>comparingLong(i -> amounts[i]).thenComparingInt(i -> i));
        int[] order = new int[n];
        int next = 0;
        List<Integer> outbid = new ArrayList<>();
        Long lastAccepted = null;
        for (int i : ascending) {
            if (amounts[i] < floor || (lastAccepted != null && amounts[i] <= lastAccepted)) {
                order[next++] = i; // below the floor, or equal to the bid just accepted (which arrived earlier)
            } else if (chosen[i]) {
                order[next++] = i;
                lastAccepted = amounts[i];
                for (int waiting : outbid) {
                    order[next++] = waiting;
                }
                outbid.clear();
            } else {
                outbid.add(i);
            }
        }
        // every unchosen bid at or above the floor is at most the highest chosen one (chosen first from the top)
        if (!outbid.isEmpty()) {
            throw new IllegalStateException("unchosen bids above every chosen one: " + outbid);
        }
        return order;
    }
}
