package org.innoport.exchange;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** An auction, a bidder registration or a bid changed; the audit trail records it. */
public record AuctionChanged(String aggregateType, UUID id, String action, Object before, Object after)
        implements AuditedEvent {

    @Override
    public String aggregateId() {
        return id.toString();
    }
}
