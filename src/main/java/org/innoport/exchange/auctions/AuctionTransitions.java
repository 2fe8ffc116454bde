package org.innoport.exchange.auctions;

import static org.innoport.exchange.AuctionAction.BID;
import static org.innoport.exchange.AuctionAction.CANCEL;
import static org.innoport.exchange.AuctionAction.CLOSE;
import static org.innoport.exchange.AuctionAction.FAIL;
import static org.innoport.exchange.AuctionAction.OPEN_REGISTRATION;
import static org.innoport.exchange.AuctionAction.START;
import static org.innoport.exchange.AuctionStatus.BIDDING;
import static org.innoport.exchange.AuctionStatus.CANCELLED;
import static org.innoport.exchange.AuctionStatus.CLOSED;
import static org.innoport.exchange.AuctionStatus.DRAFT;
import static org.innoport.exchange.AuctionStatus.FAILED;
import static org.innoport.exchange.AuctionStatus.REGISTRATION_OPEN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innoport.exchange.AuctionAction;
import org.innoport.exchange.AuctionStatus;

/** The auction lifecycle as a table: (status, action) → next status. Anything not in it is refused. */
public final class AuctionTransitions {

    private static final Map<AuctionStatus, Map<AuctionAction, AuctionStatus>> TABLE = new EnumMap<>(AuctionStatus.class);

    static {
        TABLE.put(DRAFT, Map.of(OPEN_REGISTRATION, REGISTRATION_OPEN, CANCEL, CANCELLED));
        TABLE.put(REGISTRATION_OPEN, Map.of(START, BIDDING, FAIL, FAILED, CANCEL, CANCELLED));
        TABLE.put(BIDDING, Map.of(BID, BIDDING, CLOSE, CLOSED));
        TABLE.put(CLOSED, Map.of());
        TABLE.put(FAILED, Map.of());
        TABLE.put(CANCELLED, Map.of());
    }

    private AuctionTransitions() {
    }

    public static Optional<AuctionStatus> next(AuctionStatus from, AuctionAction action) {
        return Optional.ofNullable(TABLE.get(from).get(action));
    }

    public static Set<AuctionAction> allowed(AuctionStatus status) {
        return TABLE.get(status).keySet();
    }
}
