package org.innoport.indicators;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innoport.indicators.domain.DataValue;
import org.innoport.indicators.domain.DataValueRepository;
import org.innoport.indicators.domain.Indicator;
import org.innoport.indicators.domain.IndicatorRepository;
import org.innoport.indicators.domain.ValueContent;
import org.innoport.indicators.formula.References;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator definitions and their values, stored and computed. */
@Service
public class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final DataValueRepository values;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorCatalogue(IndicatorRepository indicators, DataValueRepository values, JdbcClient jdbc,
                       ApplicationEventPublisher events, Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IndicatorView> all() {
        return indicators.findAllByOrderByCode().stream().map(IndicatorCatalogue::view).toList();
    }

    Map<String, IndicatorView> byCode() {
        Map<String, IndicatorView> map = new LinkedHashMap<>();
        all().forEach(i -> map.put(i.code(), i));
        return map;
    }

    /** @throws NotFoundException when there is no such indicator */
    @Transactional(readOnly = true)
    public IndicatorView get(String code) {
        return indicators.findByCode(code).map(IndicatorCatalogue::view)
                .orElseThrow(() -> new NotFoundException("indicator", code));
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return indicators.findByCode(code).isPresent();
    }

    /** Stored values and, for a formula indicator, the computed ones beside them, oldest period first. */
    @Transactional(readOnly = true)
    public List<ValueView> values(String code) {
        get(code);
        return storedAndComputed(Workspace.load(jdbc, byCode(), List.of(code), List.of(), null), code);
    }

    /**
     * One page of an indicator's values, optionally for one area. A stored indicator is paged in SQL; a computed one
     * is computed (with its reported values beside) and then paged, since each computed value needs its operands.
     */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<ValueView> values(String code, String area,
                                                                  org.springframework.data.domain.Pageable pageable) {
        IndicatorView indicator = get(code);
        if (!indicator.computed()) {
            long total = ValueTable.count(jdbc, code, area);
            return new org.springframework.data.domain.PageImpl<>(
                    total == 0 ? List.of() : ValueTable.page(jdbc, code, area, pageable.getOffset(), pageable.getPageSize()),
                    pageable, total);
        }
        List<ValueView> all = storedAndComputed(
                Workspace.load(jdbc, byCode(), List.of(code), List.of(), area == null ? null : List.of(area)), code);
        all.removeIf(v -> area != null && !v.area().equals(area));
        int from = (int) Math.min(pageable.getOffset(), all.size());
        return new org.springframework.data.domain.PageImpl<>(
                all.subList(from, Math.min(from + pageable.getPageSize(), all.size())), pageable, all.size());
    }

    /**
     * Like {@link #values} but only for the city, the country (comparisons) and the areas the formulas name: the
     * indicator page, which must not read the values of every other area (all of them are in the XLSX export).
     */
    @Transactional(readOnly = true)
    public List<ValueView> cityValues(String code) {
        get(code);
        return storedAndComputed(Workspace.loadForCity(jdbc, byCode(), List.of(code), List.of()), code);
    }

    /** The stored values of {@code code} and, for a formula, the computed ones beside them, by period then area. */
    private static List<ValueView> storedAndComputed(Workspace workspace, String code) {
        List<ValueView> all = new ArrayList<>(workspace.stored(code));
        all.addAll(workspace.computedSeries(code));
        all.sort(java.util.Comparator.comparing(ValueView::parsedPeriod).thenComparing(ValueView::area));
        return all;
    }

    /**
     * Defines an indicator. A formula is parsed and checked here, at save time: syntax, unknown indicators and
     * cycles are refused with a message naming the problem.
     */
    @Transactional
    public IndicatorView define(NewIndicator command) {
        if (indicators.findByCode(command.code()).isPresent()) {
            throw new RuleViolationException("code", "indicators.indicator.code-taken", command.code());
        }
        if (command.formula() != null && !command.formula().isBlank()) {
            Map<String, IndicatorView> catalogue = byCode();
            References.check(command.code(), command.formula(), c -> Optional.ofNullable(catalogue.get(c))
                    .map(i -> new References.Lookup(i.formula())).orElse(null));
        }
        Indicator saved = indicators.saveAndFlush(new Indicator(command.code(), command.nameVi(), command.nameEn(),
                command.unit(), command.direction(), command.periodicity(), command.definition(), command.formula(),
                command.lowerBound(), command.upperBound()));
        IndicatorView view = view(saved);
        events.publishEvent(new ValueChanged("Indicator", view.code(), "indicator.defined", null, view));
        return view;
    }

    /** Records a new value; the cell (indicator, area, period, status) must be free. */
    @Transactional
    public ValueView record(String code, ValueEntry entry) {
        Indicator indicator = indicators.findByCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
        Period period = period(entry);
        if (values.findByIndicatorIdAndAreaAndPeriodKindAndPeriodStartAndPeriodEndAndStatus(indicator.id(),
                entry.area(), period.kind(), period.start(), period.end(), entry.status()).isPresent()) {
            throw new RuleViolationException("period", "indicators.value.exists", period.label(), entry.area());
        }
        DataValue value = values.saveAndFlush(new DataValue(indicator, entry.area(), period, content(entry),
                clock.instant()));
        ValueView view = view(code, value);
        events.publishEvent(new ValueChanged("DataValue", String.valueOf(value.id()), "value.recorded", null, view));
        return view;
    }

    /** Changes a stored value. {@code entry.version()} must be the version read (stale: a version conflict). */
    @Transactional
    public ValueView update(String code, long id, ValueEntry entry) {
        Indicator indicator = indicators.findByCode(code).orElseThrow(() -> new NotFoundException("indicator", code));
        DataValue value = values.findById(id).filter(v -> v.indicatorId().equals(indicator.id()))
                .orElseThrow(() -> new NotFoundException("value", id));
        if (entry.version() == null) {
            throw new RuleViolationException("version", "indicators.value.version-required");
        }
        if (entry.version() != value.version()) {
            throw new OptimisticLockingFailureException("value " + id + " changed since version " + entry.version());
        }
        ValueView before = view(code, value);
        value.apply(indicator, content(entry), clock.instant());
        values.saveAndFlush(value);
        ValueView after = view(code, value);
        events.publishEvent(new ValueChanged("DataValue", String.valueOf(id), "value.changed", before, after));
        return after;
    }

    private static Period period(ValueEntry entry) {
        try {
            return Period.parse(entry.period());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("period", "indicators.value.period-invalid");
        }
    }

    private static ValueContent content(ValueEntry e) {
        return new ValueContent(e.value(), e.qualifier(), e.status(), e.sourceDocument(), e.sourcePublication(),
                e.sourcePage(), e.quote(), e.note());
    }

    static IndicatorView view(Indicator i) {
        return new IndicatorView(i.code(), i.nameVi(), i.nameEn(), i.unit(), i.direction(), i.periodicity(),
                i.definition(), i.formula() == null ? "ENTERED" : "FORMULA", i.formula(), i.lowerBound(),
                i.upperBound(), i.version());
    }

    private static ValueView view(String code, DataValue v) {
        ValueContent c = v.content();
        Period p = v.period();
        return new ValueView(v.id(), code, v.area(), p.code(), p.label(), c.value(), c.qualifier(), c.status(),
                c.sourceDocument(), c.sourcePublication(), c.sourcePage(), c.quote(), null, v.version());
    }

    Set<String> codes() {
        return byCode().keySet();
    }
}
