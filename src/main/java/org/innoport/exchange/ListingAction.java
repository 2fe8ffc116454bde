package org.innoport.exchange;

/** What can happen to a listing; each one is a transition in the listing's table (or refused). */
public enum ListingAction {
    SUBMIT, APPROVE, RETURN, RENEW, WITHDRAW, CLOSE, EXPIRE, REVIEW_AGAIN, EDIT;

    /** The audit action name, e.g. {@code listing.submitted}. */
    public String auditAction() {
        return "listing." + switch (this) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case RETURN -> "returned";
            case RENEW -> "renewed";
            case WITHDRAW -> "withdrawn";
            case CLOSE -> "closed";
            case EXPIRE -> "expired";
            case REVIEW_AGAIN -> "sent-back-to-review";
            case EDIT -> "edited";
        };
    }
}
