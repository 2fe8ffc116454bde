package org.innoport.exchange;

/**
 * The exchange's events and auctions in one calendar year (events by the year they start, auctions by the year
 * bidding opens) and what the year's events produced, published as an event whenever an event is created or its
 * outcome recorded, for the indicators module to take as indicator values — the same pattern as
 * {@link ExchangeYearCounts} for connection sessions.
 *
 * @param connectionsMade connections made at the year's events (recorded outcomes)
 * @param mous memoranda of understanding signed at them
 * @param contracts contracts signed at them
 * @param contractValueVnd the total value of those contracts
 */
public record EventYearCounts(int year, long workshops, long trainings, long connectionSessions, long fairs,
                              long auctions, long connectionsMade, long mous, long contracts, long contractValueVnd) {
}
