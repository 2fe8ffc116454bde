package org.innoport.exchange;

/**
 * Where a viewer's organisation stands in an auction, as the live panel shows it: NOT_QUALIFIED (not registered, or
 * deposit not yet confirmed); QUALIFIED (may bid, has not); LEADING / OUTBID (English); SEALED_BID_PLACED (sealed,
 * its one bid is in); WON / LOST after close.
 */
public enum BidderStanding {
    NOT_QUALIFIED, QUALIFIED, LEADING, OUTBID, SEALED_BID_PLACED, WON, LOST
}
