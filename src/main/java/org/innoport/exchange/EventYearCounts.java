package org.innoport.exchange;

/**
 * The exchange's events and auctions in one calendar year (events by the year they start, auctions by the year
 * bidding opens), published as an event whenever one is created, for the indicators module to take as indicator
 * values — the same pattern as {@link ExchangeYearCounts} for connection sessions.
 */
public record EventYearCounts(int year, long workshops, long trainings, long connectionSessions, long fairs,
                              long auctions) {
}
