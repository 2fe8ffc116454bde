package org.innoport.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.innoport.indicators.domain.AuditRule;
import org.innoport.indicators.domain.AuditRuleRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks published figures against each other with rules kept as data. Each rule compares its left side (published
 * figures, read as reported) with its right side (computed from other figures). "Within rounding" allows half a unit
 * in the last published digit of every reported figure on the left (60.8 → ±0.05), unless the rule sets a tolerance.
 */
@Service
public class ConsistencyAudit {

    private final AuditRuleRepository rules;
    private final IndicatorCatalogue catalogue;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    ConsistencyAudit(AuditRuleRepository rules, IndicatorCatalogue catalogue, JdbcClient jdbc,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return rules.findByCode(code).isPresent();
    }

    /** Adds a rule; both sides must parse and name known indicators. */
    @Transactional
    public void define(NewRule command) {
        if (rules.findByCode(command.code()).isPresent()) {
            throw new org.innoport.shared.RuleViolationException("code", "indicators.rule.code-taken", command.code());
        }
        java.util.Set<String> known = catalogue.codes();
        for (String side : List.of(command.left(), command.right())) {
            for (String ref : org.innoport.indicators.formula.References.of(
                    org.innoport.indicators.formula.FormulaParser.parse(side))) {
                if (!known.contains(ref)) {
                    throw new org.innoport.indicators.formula.FormulaException("indicators.formula.unknown-indicator", ref);
                }
            }
        }
        rules.saveAndFlush(new AuditRule(command.code(), command.kind(), command.labelVi(), command.labelEn(),
                command.left(), command.right(), command.comparison(), command.tolerance()));
        events.publishEvent(new ValueChanged("AuditRule", command.code(), "rule.defined", null, command));
    }

    /** Runs every rule; passes are listed as well as findings. */
    @Transactional(readOnly = true)
    public List<Finding> run() {
        return run(rules.findAllByOrderByCode());
    }

    /**
     * Runs only the rules that name {@code indicator} on either side, reading only the values those rules need (for
     * the indicator page: it does not re-run the whole audit on every request).
     */
    @Transactional(readOnly = true)
    public List<Finding> runFor(String indicator) {
        java.util.Map<String, IndicatorView> byCode = catalogue.byCode();
        List<AuditRule> concerned = rules.findAllByOrderByCode().stream()
                .filter(r -> closure(byCode, r).contains(indicator)).toList();
        return run(concerned);
    }

    /** The indicators a rule reads, directly or through formulas. */
    private static java.util.Set<String> closure(java.util.Map<String, IndicatorView> byCode, AuditRule rule) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> pending = new ArrayList<>();
        pending.addAll(org.innoport.indicators.formula.References.of(
                org.innoport.indicators.formula.FormulaParser.parse(rule.left())));
        pending.addAll(org.innoport.indicators.formula.References.of(
                org.innoport.indicators.formula.FormulaParser.parse(rule.right())));
        while (!pending.isEmpty()) {
            String code = pending.remove(pending.size() - 1);
            IndicatorView view = byCode.get(code);
            if (seen.add(code) && view != null && view.formula() != null) {
                pending.addAll(org.innoport.indicators.formula.References.of(
                        org.innoport.indicators.formula.FormulaParser.parse(view.formula())));
            }
        }
        return seen;
    }

    private List<Finding> run(List<AuditRule> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        all.forEach(r -> {
            texts.add(r.left());
            texts.add(r.right());
        });
        Workspace workspace = Workspace.loadForCity(jdbc, catalogue.byCode(), List.of(), texts);
        return all.stream().map(rule -> check(rule, workspace)).toList();
    }

    static Finding check(AuditRule rule, Workspace workspace) {
        Workspace.Evaluation left = workspace.evaluate(rule.left(), true);
        Workspace.Evaluation right = workspace.evaluate(rule.right(), false);
        List<ValueView> sources = new ArrayList<>(left.sources());
        right.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        if (left.value() == null || right.value() == null) {
            return finding(rule, Outcome.NOT_EVALUABLE, left.value(), right.value(), null, null, sources);
        }
        double l = left.value();
        double r = right.value();
        double difference = l - r;
        double tolerance = rule.tolerance() != null ? rule.tolerance().doubleValue()
                : rule.comparison() == AuditRule.Comparison.WITHIN_ROUNDING ? rounding(left.sources()) : 0;
        boolean pass = switch (rule.comparison()) {
            case EQUAL, WITHIN_ROUNDING -> Math.abs(difference) <= tolerance + 1e-9 * Math.max(1, Math.abs(r));
            case GREATER_THAN -> l > r;
            case AT_LEAST -> l >= r - tolerance;
            case AT_MOST -> l <= r + tolerance;
        };
        return finding(rule, pass ? Outcome.PASS : Outcome.FINDING, l, r, difference, tolerance, sources);
    }

    /** Half a unit in the last digit of each published figure, summed (60.8 → 0.05; 60.8 + 39.2 → 0.1). */
    static double rounding(List<ValueView> reported) {
        double total = 0;
        for (ValueView v : reported) {
            BigDecimal value = v.value().stripTrailingZeros();
            int scale = Math.max(value.scale(), 0);
            total += 0.5 * Math.pow(10, -scale);
        }
        return total;
    }

    private static Finding finding(AuditRule rule, Outcome outcome, Double l, Double r, Double difference,
                                   Double tolerance, List<ValueView> sources) {
        return new Finding(rule.code(), rule.kind(), rule.labelVi(), rule.labelEn(), rule.left(), rule.right(),
                rule.comparison().name(), outcome, l, r, difference, tolerance, List.copyOf(sources));
    }
}
