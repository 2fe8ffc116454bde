package org.innoport.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.innoport.indicators.domain.Target;
import org.innoport.indicators.domain.TargetRepository;
import org.innoport.indicators.progress.Forecaster;
import org.innoport.indicators.progress.ProgressCalculator;
import org.innoport.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets with their progress rating, the rates behind it and a forecast to the target year.
 *
 * <p>The assessment of all targets (the dashboard) is kept in memory until the next committed change of a value,
 * an indicator, a target or a rule ({@link ValueChanged}, which every write publishes): dashboards are read far
 * more often than data change, and the assessment reads every city series. A generation counter keeps an assessment
 * computed from data that changed meanwhile from being kept.
 */
@Service
public class Targets {

    private static final int DEFAULT_HORIZON = 5;

    private final TargetRepository targets;
    private final IndicatorCatalogue catalogue;
    private final org.innoport.indicators.domain.IndicatorRepository indicators;
    private final org.innoport.policy.PolicyDocuments documents;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile Assessed assessed;

    private record Assessed(long generation, List<TargetView> targets) {
    }

    Targets(TargetRepository targets, IndicatorCatalogue catalogue,
            org.innoport.indicators.domain.IndicatorRepository indicators,
            org.innoport.policy.PolicyDocuments documents, JdbcClient jdbc,
            org.springframework.context.ApplicationEventPublisher events) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.documents = documents;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return targets.findByCode(code).isPresent();
    }

    /**
     * Sets a target. The document must be in the policy register, and the commitment (when named) must be one it
     * states.
     */
    @Transactional
    public TargetView define(NewTarget command) {
        if (targets.findByCode(command.code()).isPresent()) {
            throw new org.innoport.shared.RuleViolationException("code", "indicators.target.code-taken", command.code());
        }
        var indicator = checkedSource(command);
        Target target = targets.saveAndFlush(new Target(command.code(), indicator,
                new Target.TargetSpec(command.kind(), command.year(), command.value(), command.valueMin(),
                        command.valueMax(), command.baseYear(), command.factor(), command.growthPct()),
                command.documentNumber(), command.commitmentCode(), command.quote()));
        TargetView view = assess(List.of(target)).get(0);
        events.publishEvent(new ValueChanged("Target", target.code(), "target.defined", null, command));
        return view;
    }

    /**
     * Corrects a target (its code stays), with the same checks as {@link #define}.
     *
     * @param version the version the caller read; a stale one gets {@code version.conflict}
     */
    @Transactional
    public TargetView revise(String code, long version, NewTarget command) {
        Target target = targets.findByCode(code).orElseThrow(() -> new NotFoundException("target", code));
        if (target.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Target.class, code);
        }
        if (!code.equals(command.code())) {
            throw new org.innoport.shared.RuleViolationException("code", "indicators.target.code-fixed", code);
        }
        TargetView before = assess(List.of(target)).get(0);
        target.revise(checkedSource(command), new Target.TargetSpec(command.kind(), command.year(), command.value(),
                        command.valueMin(), command.valueMax(), command.baseYear(), command.factor(), command.growthPct()),
                command.documentNumber(), command.commitmentCode(), command.quote());
        targets.saveAndFlush(target);
        TargetView after = assess(List.of(target)).get(0);
        events.publishEvent(new ValueChanged("Target", code, "target.revised", before, after));
        return after;
    }

    /** The target's indicator, once its document (and commitment, when named) are known to the policy register. */
    private org.innoport.indicators.domain.Indicator checkedSource(NewTarget command) {
        var indicator = indicators.findByCode(command.indicator()).orElseThrow(() ->
                new org.innoport.shared.RuleViolationException("indicator", "indicators.indicator.unknown",
                        command.indicator()));
        if (!documents.exists(command.documentNumber())) {
            throw new org.innoport.shared.RuleViolationException("documentNumber", "policy.document.unknown",
                    command.documentNumber());
        }
        if (command.commitmentCode() != null && documents.commitment(command.commitmentCode())
                .filter(c -> c.documentNumber().equals(command.documentNumber())).isEmpty()) {
            throw new org.innoport.shared.RuleViolationException("commitmentCode", "indicators.target.commitment-unknown",
                    command.commitmentCode());
        }
        return indicator;
    }

    @Transactional(readOnly = true)
    public List<TargetView> all() {
        Assessed current = assessed;
        long now = generation.get();
        if (current == null || current.generation() != now) {
            current = new Assessed(now, List.copyOf(assess(targets.findAllByOrderByCode())));
            if (generation.get() == now) {
                assessed = current;
            }
        }
        return current.targets();
    }

    /** Forgets the kept assessment once a change is committed (or at once when it was made outside a transaction). */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void changed(ValueChanged change) {
        generation.incrementAndGet();
        assessed = null;
    }

    @Transactional(readOnly = true)
    public TargetView get(String code) {
        return assess(List.of(targets.findByCode(code).orElseThrow(() -> new NotFoundException("target", code))))
                .get(0);
    }

    @Transactional(readOnly = true)
    public List<TargetView> forIndicator(String indicator) {
        return all().stream().filter(t -> t.indicator().equals(indicator)).toList();
    }

    @Transactional(readOnly = true)
    public List<TargetView> forCommitments(Collection<String> commitmentCodes) {
        return all().stream().filter(t -> commitmentCodes.contains(t.commitmentCode())).toList();
    }

    private List<TargetView> assess(List<Target> list) {
        Map<String, IndicatorView> byCode = catalogue.byCode();
        Map<Long, String> codeById = new java.util.HashMap<>();
        jdbc.sql("select id, code from indicators.indicators").query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> codeById.put(e.getKey(), e.getValue()));
        List<String> codes = list.stream().map(t -> codeById.get(t.indicatorId())).distinct().toList();
        Workspace workspace = Workspace.load(jdbc, byCode, codes, List.of(), List.of(Workspace.CITY));
        List<TargetView> result = new ArrayList<>();
        for (Target target : list) {
            IndicatorView indicator = byCode.get(codeById.get(target.indicatorId()));
            result.add(assess(target, indicator, workspace));
        }
        return result;
    }

    static TargetView assess(Target target, IndicatorView indicator, Workspace workspace) {
        List<ValueView> series = new ArrayList<>(indicator.computed() ? workspace.computedSeries(indicator.code())
                : workspace.stored(indicator.code()));
        series.removeIf(v -> !v.area().equals(Workspace.CITY));
        List<ProgressCalculator.Point> annual = series.stream().filter(v -> v.parsedPeriod().isYear())
                .map(v -> new ProgressCalculator.Point(v.parsedPeriod().start(), v.value().doubleValue())).toList();
        Target.TargetSpec spec = target.spec();
        ProgressCalculator.Progress progress = ProgressCalculator.assess(new ProgressCalculator.Spec(spec.kind(),
                spec.year(), d(spec.value()), d(spec.valueMin()), spec.baseYear(), d(spec.factor()),
                d(spec.growthPct()), indicator.direction() == Direction.LOWER, indicator.linear()), annual);
        int horizon = spec.year() != null ? spec.year()
                : (annual.isEmpty() ? java.time.Year.now().getValue() : annual.get(annual.size() - 1).year())
                + DEFAULT_HORIZON;
        Forecast forecast = Forecaster.forecast(annual, horizon, !indicator.linear());
        ValueView latest = series.isEmpty() ? null : series.get(series.size() - 1);
        Double implied = spec.growthPct() == null ? null
                : ProgressCalculator.multiple(spec.growthPct().doubleValue(), DEFAULT_HORIZON);
        return new TargetView(target.code(), indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.unit(),
                spec.kind(), spec.year(), spec.value(), spec.valueMin(), spec.valueMax(), spec.baseYear(),
                spec.factor(), spec.growthPct(), target.documentNumber(), target.commitmentCode(), target.quote(),
                progress.rating(), progress.observedRate(), progress.requiredRate(), progress.linear() ? "pp" : "%",
                progress.ratio(), progress.baseline() == null ? null : progress.baseline().year(),
                progress.baseline() == null ? null : progress.baseline().value(),
                progress.latest() == null ? null : progress.latest().year(),
                progress.latest() == null ? null : progress.latest().value(), latest, progress.targetLevel(), implied,
                forecast, series, target.version());
    }

    private static Double d(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
