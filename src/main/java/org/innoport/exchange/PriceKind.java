package org.innoport.exchange;

/** How a listing is priced: a fixed amount in VND, by negotiation, or under licence terms. */
public enum PriceKind {
    FIXED, NEGOTIABLE, LICENCE
}
