package org.innoport.exchange;

/**
 * The exchange's figures for one calendar year, published as an event whenever a connection session or its outcome
 * changes, for the indicators module to take as indicator values.
 *
 * @param deals sessions that ended in an MoU or a contract
 * @param dealValueVnd the total value of contracts
 */
public record ExchangeYearCounts(int year, long sessions, long internationalSessions, long deals, long dealValueVnd) {
}
