package org.innoport.indicators.seed;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.innoport.indicators.ConsistencyAudit;
import org.innoport.indicators.Direction;
import org.innoport.indicators.IndicatorCatalogue;
import org.innoport.indicators.NewIndicator;
import org.innoport.indicators.NewRule;
import org.innoport.indicators.NewTarget;
import org.innoport.indicators.Periodicity;
import org.innoport.indicators.Qualifier;
import org.innoport.indicators.TargetKind;
import org.innoport.indicators.Targets;
import org.innoport.indicators.ValueEntry;
import org.innoport.indicators.ValueStatus;
import org.innoport.indicators.ValueView;
import org.innoport.indicators.domain.AuditRule;
import org.innoport.platform.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the city's published figures, indicator definitions, targets and consistency rules from
 * {@code demo/indicators/haiphong-sti.json} in every profile (reference data): whatever is missing is added; what is
 * present, possibly corrected by an officer since, is left alone; nothing is read while the file is unchanged since
 * the last load ({@link Seeds}). Runs after the policy documents are loaded.
 */
@Component
class IndicatorSeed {

    private static final Logger log = LoggerFactory.getLogger(IndicatorSeed.class);
    static final String RESOURCE = "demo/indicators/haiphong-sti.json";

    private final IndicatorCatalogue catalogue;
    private final Targets targets;
    private final ConsistencyAudit audit;
    private final Seeds seeds;

    IndicatorSeed(IndicatorCatalogue catalogue, Targets targets, ConsistencyAudit audit, Seeds seeds) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.audit = audit;
        this.seeds = seeds;
    }

    record Publication(String id, String title) {
    }

    record Ind(String code, String nameVi, String nameEn, String unit, Direction direction, Periodicity periodicity,
               String definition, String formula, BigDecimal lowerBound, BigDecimal upperBound) {
    }

    record Val(String indicator, String area, String period, BigDecimal value, Qualifier qualifier, ValueStatus status,
               String quote) {
    }

    record Tgt(String code, String indicator, TargetKind kind, Integer year, BigDecimal value, BigDecimal valueMin,
               BigDecimal valueMax, Integer baseYear, BigDecimal factor, BigDecimal growthPct, String document,
               String commitment, String quote) {
    }

    record Rule(String code, String kind, String labelVi, String labelEn, String left, String right,
                AuditRule.Comparison comparison, BigDecimal tolerance) {
    }

    record File(Publication publication, List<Ind> indicators, List<Val> values, List<Tgt> targets, List<Rule> rules) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() {
        seeds.load(IndicatorSeed.class, this::addMissing, RESOURCE);
    }

    private void addMissing() throws IOException {
        File file;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            file = JsonMapper.builder().build().readValue(in, File.class);
        }
        int added = 0;
        for (Ind i : file.indicators()) {
            if (!catalogue.exists(i.code())) {
                catalogue.define(new NewIndicator(i.code(), i.nameVi(), i.nameEn(), i.unit(), i.direction(),
                        i.periodicity(), i.definition(), i.formula(), i.lowerBound(), i.upperBound()));
                added++;
            }
        }
        for (String code : file.values().stream().map(Val::indicator).distinct().toList()) {
            List<ValueView> present = catalogue.values(code);
            for (Val v : file.values().stream().filter(v -> v.indicator().equals(code)).toList()) {
                String period = v.period() == null ? "" : org.innoport.indicators.Period.parse(v.period()).code();
                boolean exists = present.stream().anyMatch(p -> p.id() != null && p.area().equals(v.area())
                        && p.period().equals(period) && p.status() == v.status());
                if (!exists) {
                    catalogue.record(code, new ValueEntry(v.area(), period, v.value(), v.qualifier(), v.status(), null,
                            file.publication().title(), null, v.quote(), null, null));
                    added++;
                }
            }
        }
        for (Tgt t : file.targets()) {
            if (!targets.exists(t.code())) {
                targets.define(new NewTarget(t.code(), t.indicator(), t.kind(), t.year(), t.value(), t.valueMin(),
                        t.valueMax(), t.baseYear(), t.factor(), t.growthPct(), t.document(), t.commitment(), t.quote()));
                added++;
            }
        }
        for (Rule r : file.rules()) {
            if (!audit.exists(r.code())) {
                audit.define(new NewRule(r.code(), r.kind(), r.labelVi(), r.labelEn(), r.left(), r.right(),
                        r.comparison(), r.tolerance()));
                added++;
            }
        }
        if (added > 0) {
            log.info("Loaded {} indicator definitions, values, targets and rules from {}", added, RESOURCE);
        }
    }
}
