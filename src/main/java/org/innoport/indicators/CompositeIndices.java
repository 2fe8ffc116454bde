package org.innoport.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.innoport.indicators.InvalidCompositeInputException.Problem;
import org.innoport.indicators.composite.CompositeEngine;
import org.innoport.indicators.composite.DataTable;
import org.innoport.indicators.composite.Explainer;
import org.innoport.indicators.composite.Framework;
import org.innoport.indicators.composite.FrameworkTable;
import org.innoport.indicators.composite.ScoresTable;
import org.innoport.indicators.composite.Tables;
import org.innoport.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Composite innovation indices (PII / GII method): frameworks stored as data, runs that compute every node's score and
 * rank for every unit from raw data, the comparison with published scores, a unit's explanation and "what if".
 * Files (framework, raw data, published scores, scores) are CSV or XLSX, chosen by the file name's extension.
 */
@Service
public class CompositeIndices {

    /** The file formats of imports and exports. */
    public enum Format {
        CSV, XLSX;

        /** @throws InvalidCompositeInputException when the name ends neither in .csv nor in .xlsx */
        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new InvalidCompositeInputException(List.of(new Problem("file", "indicators.composite.file.format")));
        }
    }

    private static final String TEMPLATE = "/indicators/composite/pii-template.csv";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CompositeIndices(JdbcClient jdbc, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** @throws InvalidCompositeInputException with every problem of a wrong tree */
    @Transactional
    public CompositeFrameworkView define(CompositeFrameworkDefinition definition, String owner) {
        Framework.of(definition);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into indicators.composite_frameworks (id, code, name, definition, created_by, created_at)
                values (?, ?, ?, ?::json, ?, ?)""")
                .params(id, definition.code(), definition.name() == null ? definition.code() : definition.name(),
                        json.writeValueAsString(definition), owner, java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ValueChanged("CompositeIndex", id.toString(), "composite-index.defined", null,
                Map.of("code", definition.code(), "nodes", definition.nodes().size(), "units",
                        definition.units().size())));
        return framework(id);
    }

    /** Reads a framework file (the table of {@code FrameworkTable}) and stores it. */
    @Transactional
    public CompositeFrameworkView importFramework(InputStream in, String fileName, String owner) {
        return define(FrameworkTable.read(table(in, fileName, "framework")), owner);
    }

    @Transactional(readOnly = true)
    public List<CompositeFrameworkView> frameworks() {
        return jdbc.sql("""
                select id, definition, version, created_by, created_at from indicators.composite_frameworks
                order by created_at desc""").query((rs, n) -> view(rs)).list();
    }

    /** @throws NotFoundException when there is no such framework */
    @Transactional(readOnly = true)
    public CompositeFrameworkView framework(UUID id) {
        return jdbc.sql("""
                select id, definition, version, created_by, created_at from indicators.composite_frameworks
                where id = ?""").param(id).query((rs, n) -> view(rs)).optional()
                .orElseThrow(() -> new NotFoundException("composite-index", id));
    }

    public void exportFramework(UUID id, Format format, OutputStream out) {
        write(Map.of("framework", FrameworkTable.rows(definition(framework(id)))), format, out);
    }

    /** An empty raw-data sheet for a framework: one row per declared unit, one column per indicator. */
    public void exportDataTemplate(UUID id, Format format, OutputStream out) {
        CompositeFrameworkView framework = framework(id);
        write(Map.of("data", DataTable.template(framework.nodes(), framework.units())), format, out);
    }

    /** The shipped PII-shaped template: the index, its input and output sub-indices and 7 pillars, no values. */
    public static CompositeFrameworkDefinition piiTemplate() {
        try (InputStream in = CompositeIndices.class.getResourceAsStream(TEMPLATE)) {
            return FrameworkTable.read(Tables.readCsv(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void exportTemplate(Format format, OutputStream out) {
        write(Map.of("framework", FrameworkTable.rows(piiTemplate())), format, out);
    }

    /**
     * Computes every node's score and rank for every unit and stores the run.
     *
     * @throws InvalidCompositeInputException when the data name unknown units, indicators or nodes
     */
    @Transactional
    public CompositeRunView run(UUID frameworkId, CompositeRunRequest request, String owner) {
        CompositeFrameworkView framework = framework(frameworkId);
        CompositeResult result = CompositeEngine.compute(Framework.of(definition(framework)), request);
        UUID id = UUID.randomUUID();
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Double largest = result.validation() == null || result.validation().largest() == null ? null
                : Math.abs(result.validation().largest().difference());
        jdbc.sql("""
                insert into indicators.composite_runs (id, framework_id, label, request, result, unit_count,
                    largest_difference, created_by, created_at)
                values (?, ?, ?, ?::json, ?::json, ?, ?, ?, ?)""")
                .params(id, frameworkId, request.label(), json.writeValueAsString(request),
                        json.writeValueAsString(result), result.units().size(), largest, owner,
                        java.sql.Timestamp.from(now))
                .update();
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("framework", frameworkId.toString());
        audited.put("label", request.label());
        audited.put("units", result.units().size());
        audited.put("largestDifference", largest);
        events.publishEvent(new ValueChanged("CompositeRun", id.toString(), "composite-run.computed", null, audited));
        return new CompositeRunView(id, frameworkId, request.label(), request.settings(), result, owner, now);
    }

    /** A run from files: raw data and, optionally, published scores (same wide table: unit, then node codes). */
    @Transactional
    public CompositeRunView run(UUID frameworkId, InputStream data, String dataFileName, InputStream published,
                                String publishedFileName, String label, CompositeSettings settings, String owner) {
        Map<String, Map<String, Double>> values = DataTable.read(table(data, dataFileName, "data"));
        Map<String, Map<String, Double>> scores = published == null ? Map.of()
                : DataTable.read(table(published, publishedFileName, "published"));
        return run(frameworkId, new CompositeRunRequest(label, values, scores, settings), owner);
    }

    /** @throws NotFoundException when the framework has no such run */
    @Transactional(readOnly = true)
    public CompositeRunView run(UUID frameworkId, UUID runId) {
        return jdbc.sql("""
                select id, framework_id, request, result, created_by, created_at from indicators.composite_runs
                where id = ? and framework_id = ?""").params(runId, frameworkId)
                .query((rs, n) -> {
                    CompositeRunRequest request = json.readValue(rs.getString("request"), CompositeRunRequest.class);
                    return new CompositeRunView(rs.getObject("id", UUID.class),
                            rs.getObject("framework_id", UUID.class),
                            request.label(), request.settings(),
                            json.readValue(rs.getString("result"), CompositeResult.class), rs.getString("created_by"),
                            rs.getTimestamp("created_at").toInstant());
                }).optional().orElseThrow(() -> new NotFoundException("composite-run", runId));
    }

    @Transactional(readOnly = true)
    public List<CompositeRunSummary> runs(UUID frameworkId) {
        framework(frameworkId);
        return jdbc.sql("""
                select id, framework_id, label, unit_count, largest_difference, created_by, created_at
                from indicators.composite_runs where framework_id = ? order by created_at desc""").param(frameworkId)
                .query((rs, n) -> new CompositeRunSummary(rs.getObject("id", UUID.class),
                        rs.getObject("framework_id", UUID.class), rs.getString("label"), rs.getInt("unit_count"),
                        rs.getObject("largest_difference", Double.class), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    public void exportScores(UUID frameworkId, UUID runId, Format format, OutputStream out) {
        CompositeFrameworkView framework = framework(frameworkId);
        write(Map.of("scores", ScoresTable.rows(framework.nodes(), run(frameworkId, runId).result())), format, out);
    }

    /** @throws NotFoundException when the run has no such unit */
    @Transactional(readOnly = true)
    public CompositeExplanation explain(UUID frameworkId, UUID runId, String unit) {
        CompositeFrameworkView framework = framework(frameworkId);
        CompositeRunView run = run(frameworkId, runId);
        CompositeRunRequest request = request(runId);
        return found(Explainer.explain(frameworkId, runId, Framework.of(definition(framework)), run.settings(),
                run.result(), unit, request.published().get(unit), null, null, null), unit);
    }

    /**
     * Recomputes the run with one raw value changed (null: removed) and explains the unit against the stored
     * figures; nothing is stored.
     */
    @Transactional(readOnly = true)
    public CompositeExplanation whatIf(UUID frameworkId, UUID runId, String unit, String indicator, Double value) {
        CompositeFrameworkView framework = framework(frameworkId);
        Framework tree = Framework.of(definition(framework));
        int node = tree.indexOf(indicator);
        if (node < 0 || !tree.isIndicator(node)) {
            throw new InvalidCompositeInputException(List.of(new Problem("indicator",
                    "indicators.composite.data.indicator-unknown", String.valueOf(indicator), unit)));
        }
        CompositeRunView run = run(frameworkId, runId);
        CompositeRunRequest request = request(runId);
        if (!request.values().containsKey(unit)
                && run.result().units().stream().noneMatch(u -> u.unit().equals(unit))) {
            throw new NotFoundException("composite-unit", unit);
        }
        Map<String, Map<String, Double>> values = new LinkedHashMap<>(request.values());
        Map<String, Double> unitValues = new HashMap<>(values.getOrDefault(unit, Map.of()));
        unitValues.put(indicator, value);
        values.put(unit, unitValues);
        CompositeResult changed = CompositeEngine.compute(tree, new CompositeRunRequest(request.label(), values,
                request.published(), request.settings()));
        return found(Explainer.explain(frameworkId, runId, tree, run.settings(), changed, unit,
                request.published().get(unit), run.result(), indicator, value), unit);
    }

    private CompositeRunRequest request(UUID runId) {
        return json.readValue(jdbc.sql("select request from indicators.composite_runs where id = ?").param(runId)
                .query(String.class).single(), CompositeRunRequest.class);
    }

    private static CompositeExplanation found(CompositeExplanation explanation, String unit) {
        if (explanation == null) {
            throw new NotFoundException("composite-unit", unit);
        }
        return explanation;
    }

    private CompositeFrameworkView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        CompositeFrameworkDefinition definition = json.readValue(rs.getString("definition"),
                CompositeFrameworkDefinition.class);
        return new CompositeFrameworkView(rs.getObject("id", UUID.class), definition.code(), definition.name(),
                definition.nodes(), definition.units(), rs.getLong("version"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static CompositeFrameworkDefinition definition(CompositeFrameworkView view) {
        return new CompositeFrameworkDefinition(view.code(), view.name(), view.nodes(), view.units());
    }

    /** The first sheet of a workbook (or the one named {@code sheet}), or the CSV table. */
    static List<List<String>> table(InputStream in, String fileName, String sheet) {
        Format format = Format.of(fileName);
        try {
            if (format == Format.CSV) {
                return Tables.readCsv(in);
            }
            Map<String, List<List<String>>> sheets = Tables.readXlsx(in);
            return sheets.getOrDefault(sheet, sheets.isEmpty() ? List.of() : sheets.values().iterator().next());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCompositeInputException invalid) {
                throw invalid;
            }
            throw new InvalidCompositeInputException(List.of(new Problem("file",
                    "indicators.composite.file.unreadable")));
        }
    }

    private static void write(Map<String, List<List<String>>> sheets, Format format, OutputStream out) {
        try {
            if (format == Format.CSV) {
                Tables.writeCsv(sheets.values().iterator().next(), out);
            } else {
                Tables.writeXlsx(sheets, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
