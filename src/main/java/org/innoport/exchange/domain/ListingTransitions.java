package org.innoport.exchange.domain;

import static org.innoport.exchange.ListingAction.APPROVE;
import static org.innoport.exchange.ListingAction.CLOSE;
import static org.innoport.exchange.ListingAction.EDIT;
import static org.innoport.exchange.ListingAction.EXPIRE;
import static org.innoport.exchange.ListingAction.RENEW;
import static org.innoport.exchange.ListingAction.RETURN;
import static org.innoport.exchange.ListingAction.REVIEW_AGAIN;
import static org.innoport.exchange.ListingAction.SUBMIT;
import static org.innoport.exchange.ListingAction.WITHDRAW;
import static org.innoport.exchange.ListingStatus.CLOSED;
import static org.innoport.exchange.ListingStatus.DRAFT;
import static org.innoport.exchange.ListingStatus.EXPIRED;
import static org.innoport.exchange.ListingStatus.PENDING_REVIEW;
import static org.innoport.exchange.ListingStatus.PUBLISHED;
import static org.innoport.exchange.ListingStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.innoport.exchange.ListingAction;
import org.innoport.exchange.ListingStatus;

/** The listing lifecycle as a table: (status, action) → next status. Anything not in it is refused. */
public final class ListingTransitions {

    private static final Map<ListingStatus, Map<ListingAction, ListingStatus>> TABLE = new EnumMap<>(ListingStatus.class);

    static {
        TABLE.put(DRAFT, Map.of(EDIT, DRAFT, SUBMIT, PENDING_REVIEW, WITHDRAW, WITHDRAWN));
        TABLE.put(PENDING_REVIEW, Map.of(EDIT, PENDING_REVIEW, APPROVE, PUBLISHED, RETURN, DRAFT, WITHDRAW, WITHDRAWN));
        TABLE.put(PUBLISHED, Map.of(EDIT, PUBLISHED, REVIEW_AGAIN, PENDING_REVIEW, RENEW, PUBLISHED, EXPIRE, EXPIRED,
                WITHDRAW, WITHDRAWN, CLOSE, CLOSED));
        TABLE.put(EXPIRED, Map.of(RENEW, PUBLISHED, WITHDRAW, WITHDRAWN));
        TABLE.put(WITHDRAWN, Map.of());
        TABLE.put(CLOSED, Map.of());
    }

    private ListingTransitions() {
    }

    public static Optional<ListingStatus> next(ListingStatus from, ListingAction action) {
        return Optional.ofNullable(TABLE.get(from).get(action));
    }

    /** Actions a user may offer from {@code status} (for buttons). */
    public static java.util.Set<ListingAction> allowed(ListingStatus status) {
        return TABLE.get(status).keySet();
    }
}
