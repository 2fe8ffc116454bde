package org.innoport.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.innoport.indicators.ConsistencyAudit;
import org.innoport.indicators.Finding;
import org.innoport.indicators.IndicatorCatalogue;
import org.innoport.indicators.IndicatorView;
import org.innoport.indicators.NewIndicator;
import org.innoport.indicators.NewTarget;
import org.innoport.indicators.TargetKind;
import org.innoport.indicators.TargetView;
import org.innoport.indicators.Targets;
import org.innoport.indicators.ValueEntry;
import org.innoport.indicators.ValueView;
import org.innoport.platform.OpenDataCsv;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators API and its open data: public reading as JSON and CSV; officers and administrators write.
 * Validation failures come back as problem details with field errors in the caller's language.
 */
@RestController
class IndicatorApiController {

    private final IndicatorCatalogue catalogue;
    private final Targets targets;
    private final ConsistencyAudit audit;

    IndicatorApiController(IndicatorCatalogue catalogue, Targets targets, ConsistencyAudit audit) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.audit = audit;
    }

    @GetMapping("/api/v1/indicators")
    PageResponse<IndicatorView> indicators(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size) {
        return page(catalogue.all(), page, size);
    }

    @GetMapping("/api/v1/indicators/{code}")
    IndicatorView indicator(@PathVariable String code) {
        return catalogue.get(code);
    }

    @PostMapping("/api/v1/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    IndicatorView define(@Valid @RequestBody NewIndicator command) {
        return catalogue.define(command);
    }

    /**
     * Stored values and, for computed indicators, the computed ones beside them (status COMPUTED), in period then
     * area order; {@code area} limits them to one area (e.g. {@code VN-HP}).
     */
    @GetMapping("/api/v1/indicators/{code}/values")
    PageResponse<ValueView> values(@PathVariable String code, @RequestParam(required = false) String area,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "200") int size) {
        return PageResponse.of(catalogue.values(code, area == null || area.isBlank() ? null : area.strip(),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))));
    }

    @PostMapping("/api/v1/indicators/{code}/values")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    ValueView record(@PathVariable String code, @Valid @RequestBody ValueEntry entry) {
        return catalogue.record(code, entry);
    }

    @PutMapping("/api/v1/indicators/{code}/values/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    ValueView update(@PathVariable String code, @PathVariable long id, @Valid @RequestBody ValueEntry entry) {
        return catalogue.update(code, id, entry);
    }

    /** Each target with {@code rating}, {@code observedRate}, {@code requiredRate} and {@code forecast}. */
    @GetMapping("/api/v1/targets")
    PageResponse<TargetView> targets(@RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        return page(targets.all(), page, size);
    }

    @PostMapping("/api/v1/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    TargetView defineTarget(@Valid @RequestBody NewTarget command) {
        return targets.define(command);
    }

    /** Corrects a target: the fields of a new target plus the {@code version} read (stale -> 409). */
    @PutMapping("/api/v1/targets/{code}")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    TargetView reviseTarget(@PathVariable String code, @Valid @RequestBody RevisedTarget body) {
        return targets.revise(code, body.version(), body.target());
    }

    /** The PUT body of a target. */
    record RevisedTarget(@NotBlank @Size(max = 80) String code, @NotBlank String indicator, @NotNull TargetKind kind,
                         Integer year, BigDecimal value, BigDecimal valueMin, BigDecimal valueMax, Integer baseYear,
                         BigDecimal factor, BigDecimal growthPct, @NotBlank String documentNumber,
                         String commitmentCode, @Size(max = 4000) String quote, @NotNull Long version) {

        NewTarget target() {
            return new NewTarget(code, indicator, kind, year, value, valueMin, valueMax, baseYear, factor, growthPct,
                    documentNumber, commitmentCode, quote);
        }
    }

    @GetMapping("/api/v1/targets/{code}")
    TargetView target(@PathVariable String code) {
        return targets.get(code);
    }

    /** The consistency audit of the published figures: findings and passes (not the security audit trail). */
    @GetMapping("/api/v1/audit-findings")
    PageResponse<Finding> findings(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "100") int size) {
        return page(audit.run(), page, size);
    }

    @GetMapping("/api/v1/indicators.csv")
    void indicatorsCsv(HttpServletResponse response) throws IOException {
        OpenDataCsv csv = OpenDataCsv.start(response, "indicators.csv", "code", "name_vi", "name_en", "unit",
                "direction", "periodicity", "kind", "formula");
        for (IndicatorView i : catalogue.all()) {
            csv.row(i.code(), i.nameVi(), i.nameEn(), i.unit(), i.direction(), i.periodicity(), i.kind(), i.formula());
        }
        csv.flush();
    }

    @GetMapping("/api/v1/values.csv")
    void valuesCsv(HttpServletResponse response) throws IOException {
        OpenDataCsv csv = OpenDataCsv.start(response, "values.csv", "indicator", "area", "period", "value",
                "qualifier", "status", "source_document", "source_publication", "source_page", "quote", "formula");
        for (IndicatorView i : catalogue.all()) {
            for (ValueView v : catalogue.values(i.code())) {
                csv.row(v.indicator(), v.area(), v.period(), v.value().toPlainString(), v.qualifier(), v.status(),
                        v.sourceDocument(), v.sourcePublication(), v.sourcePage(), v.quote(), v.formula());
            }
        }
        csv.flush();
    }

    @GetMapping("/api/v1/targets.csv")
    void targetsCsv(HttpServletResponse response) throws IOException {
        OpenDataCsv csv = OpenDataCsv.start(response, "targets.csv", "code", "indicator", "kind", "year", "value",
                "value_min", "value_max", "base_year", "factor", "growth_pct", "document", "commitment", "rating",
                "observed_rate", "required_rate", "rate_unit", "forecast_method", "forecast_value", "forecast_low",
                "forecast_high", "quote");
        for (TargetView t : targets.all()) {
            csv.row(t.code(), t.indicator(), t.kind(), t.year(), t.value(), t.valueMin(), t.valueMax(), t.baseYear(),
                    t.factor(), t.growthPct(), t.documentNumber(), t.commitmentCode(), t.rating(), t.observedRate(),
                    t.requiredRate(), t.rateUnit(), t.forecast().method(), t.forecast().value(), t.forecast().low(),
                    t.forecast().high(), t.quote());
        }
        csv.flush();
    }

    @GetMapping("/api/v1/audit-findings.csv")
    void findingsCsv(HttpServletResponse response) throws IOException {
        OpenDataCsv csv = OpenDataCsv.start(response, "audit-findings.csv", "rule", "kind", "label_vi", "label_en",
                "left", "right", "comparison", "outcome", "left_value", "right_value", "difference", "tolerance",
                "sources");
        for (Finding f : audit.run()) {
            csv.row(f.rule(), f.kind(), f.labelVi(), f.labelEn(), f.left(), f.right(), f.comparison(), f.outcome(),
                    f.leftValue(), f.rightValue(), f.difference(), f.tolerance(), String.join(" | ", f.sources().stream()
                            .map(s -> s.indicator() + "[" + s.period() + "]=" + s.value().toPlainString()).toList()));
        }
        csv.flush();
    }

    private static <T> PageResponse<T> page(List<T> all, int page, int size) {
        int s = Math.clamp(size, 1, 200);
        int p = Math.max(page, 0);
        int from = Math.min(p * s, all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, Math.min(from + s, all.size())), PageRequest.of(p, s),
                all.size()));
    }
}
