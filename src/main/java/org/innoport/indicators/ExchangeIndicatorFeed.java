package org.innoport.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.innoport.exchange.Connections;
import org.innoport.exchange.EventYearCounts;
import org.innoport.exchange.Events;
import org.innoport.exchange.ExchangeYearCounts;
import org.innoport.indicators.domain.DataValue;
import org.innoport.indicators.domain.DataValueRepository;
import org.innoport.indicators.domain.Indicator;
import org.innoport.indicators.domain.IndicatorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes the exchange's yearly figures as the city's indicator values for that year. The exchange publishes its counts
 * ({@link ExchangeYearCounts} for connection sessions, {@link EventYearCounts} for events, auctions and event
 * outcomes) whenever they change; after the exchange's transaction commits this listener puts each figure into the
 * cell (indicator, {@code VN-HP}, year) with the source {@value #SOURCE}, through {@link IndicatorCatalogue} so every
 * change is audited like an officer's.
 *
 * <p>Listeners run after the exchange's commit, possibly on other threads and in any order, so the figures of an
 * event may already be stale when it is handled (a session organised, then its outcome recorded: two events, whose
 * handlers may run in either order). Each handler therefore takes a transaction-scoped advisory lock (one feed at a
 * time) and writes the year's figures as the exchange has them now (read through its public {@link Connections} and
 * {@link Events}); the event names the year that changed. Whatever the order, the last handler leaves the current
 * figures, and two handlers never race to create the same cell.
 *
 * <p>Idempotent: a figure equal to the stored one changes nothing (no new version, no audit entry), so replaying an
 * event (the event publication registry republishes unfinished ones on restart) is harmless. A zero is not written
 * into an empty cell (no noise for kinds the exchange never ran that year), but does correct a figure of ours.
 * Status: REPORTED, the exchange's own record — unless an officer has already reported a figure of another source for
 * that year, which is never overwritten: the computed figure is then kept beside it as ESTIMATED.
 */
@Component
class ExchangeIndicatorFeed {

    static final String SOURCE = "exchange (computed)";
    static final String NOTE = "Tính tự động từ dữ liệu của Sàn công nghệ và thiết bị (module exchange).";

    private static final Logger log = LoggerFactory.getLogger(ExchangeIndicatorFeed.class);

    private final IndicatorCatalogue catalogue;
    private final IndicatorRepository indicators;
    private final DataValueRepository values;
    private final Connections connections;
    private final Events events;
    private final JdbcClient jdbc;

    ExchangeIndicatorFeed(IndicatorCatalogue catalogue, IndicatorRepository indicators, DataValueRepository values,
                          Connections connections, Events events, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.values = values;
        this.connections = connections;
        this.events = events;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ExchangeYearCounts changed) {
        lock();
        take(connections.counts(changed.year()));
    }

    @ApplicationModuleListener
    void on(EventYearCounts changed) {
        lock();
        take(events.counts(changed.year()));
    }

    /** One feed at a time, until this transaction ends. */
    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators.exchange-feed'))").query().singleRow();
    }

    void take(ExchangeYearCounts counts) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("exchange_connection_sessions", counts.sessions());
        figures.put("exchange_international_matchings", counts.internationalSessions());
        figures.put("exchange_deals", counts.deals());
        figures.put("exchange_deal_value", counts.dealValueVnd());
        put(counts.year(), figures);
    }

    void take(EventYearCounts counts) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("exchange_workshops", counts.workshops() + counts.trainings());
        figures.put("exchange_connection_days", counts.connectionSessions());
        figures.put("exchange_fairs", counts.fairs());
        figures.put("exchange_auctions", counts.auctions());
        figures.put("exchange_event_connections", counts.connectionsMade());
        figures.put("exchange_event_agreements", counts.mous() + counts.contracts());
        figures.put("exchange_event_contract_value", counts.contractValueVnd());
        put(counts.year(), figures);
    }

    private void put(int year, Map<String, Long> figures) {
        figures.forEach((code, figure) -> put(code, year, figure));
    }

    /** Upserts one figure; see the class comment for status and idempotency. */
    void put(String code, int year, long figure) {
        Indicator indicator = indicators.findByCode(code).orElse(null);
        if (indicator == null) {
            log.warn("Indicator {} is not defined; the exchange's figure for {} is not stored", code, year);
            return;
        }
        BigDecimal value = BigDecimal.valueOf(figure);
        Optional<DataValue> reported = cell(indicator, year, ValueStatus.REPORTED);
        Optional<DataValue> estimated = cell(indicator, year, ValueStatus.ESTIMATED);
        Optional<DataValue> ours = reported.filter(ExchangeIndicatorFeed::ours).or(() -> estimated.filter(ExchangeIndicatorFeed::ours));
        if (ours.isPresent()) {
            DataValue cell = ours.get();
            if (cell.content().value().compareTo(value) != 0) {
                catalogue.update(code, cell.id(), entry(year, value, cell.content().status(), cell.version()));
            }
            return;
        }
        if (figure == 0) {
            return;
        }
        if (reported.isEmpty()) {
            catalogue.record(code, entry(year, value, ValueStatus.REPORTED, null));
        } else if (estimated.isEmpty()) {
            catalogue.record(code, entry(year, value, ValueStatus.ESTIMATED, null));
        } else {
            log.info("{} {} has reported and estimated values of other sources; the exchange's {} is not stored",
                    code, year, figure);
        }
    }

    private Optional<DataValue> cell(Indicator indicator, int year, ValueStatus status) {
        return values.findByIndicatorIdAndAreaAndPeriodKindAndPeriodStartAndPeriodEndAndStatus(indicator.id(),
                Workspace.CITY, Period.Kind.YEAR, year, year, status);
    }

    private static boolean ours(DataValue value) {
        return SOURCE.equals(value.content().sourcePublication());
    }

    private static ValueEntry entry(int year, BigDecimal value, ValueStatus status, Long version) {
        return new ValueEntry(Workspace.CITY, String.valueOf(year), value, Qualifier.EXACT, status, null, SOURCE, null,
                null, NOTE, version);
    }
}
