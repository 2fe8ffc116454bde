package org.innoport.exchange;

/** Lifecycle of a listing; the transitions are in {@code domain.ListingTransitions}. */
public enum ListingStatus {
    DRAFT, PENDING_REVIEW, PUBLISHED, EXPIRED, WITHDRAWN, CLOSED
}
