package org.innoport.exchange;

/** An offer of technology/equipment/service, or a request for one. Matching pairs one kind with the other. */
public enum ListingKind {
    OFFER, REQUEST;

    public ListingKind counterpart() {
        return this == OFFER ? REQUEST : OFFER;
    }
}
