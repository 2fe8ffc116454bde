package org.innoport.exchange.auctions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.exchange.AuctionFormat;
import org.innoport.exchange.AuctionOutcome;
import org.innoport.exchange.AuctionResult;

/**
 * The result of an auction computed from its bid log alone, and the checks that the log itself obeys the rules
 * (sequence numbers 1..n without gaps; in an English auction every bid at least the previous one plus the step and
 * the first at least the starting price; in a sealed auction one bid per bidder, each at least the starting price).
 */
public final class AuctionRules {

    private AuctionRules() {
    }

    /** Terms of the auction the result depends on. */
    public record Terms(AuctionFormat format, long startingPriceVnd, long bidStepVnd, Long reservePriceVnd) {
    }

    /** The lowest amount an English auction accepts next. */
    public static long minimumNext(Terms terms, Long best) {
        return best == null ? terms.startingPriceVnd() : Math.addExact(best, terms.bidStepVnd());
    }

    /**
     * The result from the log ({@code failed}: the auction failed for lack of qualified bidders, its log is empty).
     * Ties in a sealed auction go to the earlier bid (lower sequence number).
     */
    public static AuctionResult recompute(Terms terms, List<LoggedBid> log, boolean failed) {
        if (failed) {
            return new AuctionResult(AuctionOutcome.FAILED, null, null, null, null, log.size());
        }
        List<LoggedBid> ordered = log.stream().sorted(Comparator.comparingInt(LoggedBid::seq)).toList();
        LoggedBid best = null;
        for (LoggedBid bid : ordered) {
            if (best == null || bid.amountVnd() > best.amountVnd()) {
                best = bid;
            }
        }
        if (best == null) {
            return new AuctionResult(AuctionOutcome.NO_BIDS, null, null, null, null, 0);
        }
        if (terms.reservePriceVnd() != null && best.amountVnd() < terms.reservePriceVnd()) {
            return new AuctionResult(AuctionOutcome.RESERVE_NOT_MET, null, null, null, null, ordered.size());
        }
        return new AuctionResult(AuctionOutcome.SOLD, best.registrationId(), best.organisationId(), best.amountVnd(),
                best.seq(), ordered.size());
    }

    /** Every way in which the log breaks the rules (empty when it is sound). */
    public static List<String> violations(Terms terms, List<LoggedBid> log) {
        List<String> problems = new ArrayList<>();
        List<LoggedBid> ordered = log.stream().sorted(Comparator.comparingInt(LoggedBid::seq)).toList();
        Long best = null;
        Set<Long> amounts = new HashSet<>();
        Set<UUID> sealedBidders = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            LoggedBid bid = ordered.get(i);
            if (bid.seq() != i + 1) {
                problems.add("seq " + bid.seq() + " at position " + (i + 1));
            }
            if (terms.format() == AuctionFormat.ENGLISH) {
                if (bid.amountVnd() < minimumNext(terms, best)) {
                    problems.add("seq " + bid.seq() + " amount " + bid.amountVnd() + " below " + minimumNext(terms, best));
                }
                if (!amounts.add(bid.amountVnd())) {
                    problems.add("seq " + bid.seq() + " repeats amount " + bid.amountVnd());
                }
                best = best == null ? bid.amountVnd() : Math.max(best, bid.amountVnd());
            } else {
                if (bid.amountVnd() < terms.startingPriceVnd()) {
                    problems.add("seq " + bid.seq() + " below the starting price");
                }
                if (!sealedBidders.add(bid.registrationId())) {
                    problems.add("seq " + bid.seq() + " is a second sealed bid of " + bid.registrationId());
                }
            }
        }
        return problems;
    }
}
