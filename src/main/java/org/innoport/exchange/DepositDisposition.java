package org.innoport.exchange;

/** What happens to a deposit after the auction: refunded (losers, failed auctions) or applied to the price. */
public enum DepositDisposition {
    REFUND, APPLY_TO_PRICE
}
