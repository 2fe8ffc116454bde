package org.innoport.exchange;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A listing was created, edited or moved through its lifecycle; the audit trail records it. */
public record ListingChanged(UUID listingId, ListingAction listingAction, ListingStatus statusBefore,
                             ListingStatus statusAfter, Object before, Object after) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Listing";
    }

    @Override
    public String aggregateId() {
        return listingId.toString();
    }

    @Override
    public String action() {
        return statusBefore == null ? "listing.created" : listingAction.auditAction();
    }
}
