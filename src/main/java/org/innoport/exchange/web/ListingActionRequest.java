package org.innoport.exchange.web;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The optional body of a listing action: the version read (stale → 409), the reasons of a return, the value of a deal.
 */
record ListingActionRequest(Long version, @Size(max = 4000) String reasons, @PositiveOrZero Long dealValueVnd) {

    static final ListingActionRequest NONE = new ListingActionRequest(null, null, null);
}
