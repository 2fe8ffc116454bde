package org.innoport.tasks.domain;

/** A listed task waits for a call, is in a call, and is awarded once its task is approved. */
public enum ListingStatus {
    LISTED, IN_CALL, AWARDED;

    public static final Transitions<ListingStatus> TRANSITIONS = Transitions.of(ListingStatus.class,
                    "tasks.listing.illegal-transition")
            .allow(LISTED, IN_CALL)
            .allow(IN_CALL, AWARDED);

    public void require(ListingStatus next) {
        TRANSITIONS.require(this, next);
    }
}
