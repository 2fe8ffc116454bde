package org.innoport.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.innoport.indicators.domain.DataValue;
import org.innoport.indicators.domain.Indicator;
import org.innoport.indicators.domain.IndicatorRepository;
import org.innoport.indicators.domain.ValueContent;
import org.innoport.indicators.xlsx.ValueColumns;
import org.innoport.indicators.xlsx.ValueSheetReader;
import org.innoport.indicators.xlsx.ValueSheetWriter;
import org.innoport.platform.FileStore;
import org.innoport.platform.JobProgress;
import org.innoport.platform.JobResult;
import org.innoport.platform.Jobs;
import org.innoport.platform.StoredFile;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data values in and out of XLSX spreadsheets. Export streams the values (filtered by indicator, area, period) with
 * every column, provenance included. Import runs as a {@link Jobs job}: the sheet is read row by row (constant
 * memory), each row is checked (indicator, area, period syntax, number, qualifier and status, source, the value's own
 * rules) and stored in batches inside one transaction; in {@link ImportMode#ALL_OR_NOTHING} any wrong row rolls the
 * whole import back. Each import is audited as one event (ADR 0022); every value it stored keeps the import's id.
 */
@Service
public class ValueSpreadsheets {

    private static final Logger log = LoggerFactory.getLogger(ValueSpreadsheets.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern AREA = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,6})?");
    private static final int BATCH = 500;
    /** Errors kept for the report; beyond this only the count grows (memory stays bounded). */
    static final int MAX_REPORTED_ERRORS = 10_000;
    private static final int ERRORS_IN_VIEW = 50;

    private final FileStore files;
    private final Jobs jobs;
    private final IndicatorRepository indicators;
    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final JdbcTemplate streamingJdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ValueSpreadsheets(FileStore files, Jobs jobs, IndicatorRepository indicators, JdbcClient jdbc, DataSource dataSource,
                      PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                      MessageSource messages, Clock clock) {
        this.files = files;
        this.jobs = jobs;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.batchJdbc = new JdbcTemplate(dataSource);
        this.streamingJdbc = new JdbcTemplate(dataSource);
        this.streamingJdbc.setFetchSize(1000);
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- export

    /** @throws RuleViolationException (field {@code period}) when the period filter is not a period */
    public void checkFilter(ValueFilter filter) {
        if (notBlank(filter.period())) {
            try {
                Period.parse(filter.period());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("period", "indicators.value.period-invalid");
            }
        }
    }

    /**
     * Writes the stored values matching {@code filter} (indicator code, area, period such as {@code 2020} or
     * {@code 2013-2022}) as an XLSX sheet, streaming from the database (fetch size 1000) to the output.
     */
    @Transactional(readOnly = true)
    public void export(ValueFilter filter, OutputStream out) throws IOException {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (notBlank(filter.indicator())) {
            where.append(" and i.code = ?");
            args.add(filter.indicator().strip());
        }
        if (notBlank(filter.area())) {
            where.append(" and v.area = ?");
            args.add(filter.area().strip());
        }
        if (notBlank(filter.period())) {
            Period period;
            try {
                period = Period.parse(filter.period());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("period", "indicators.value.period-invalid");
            }
            where.append(" and v.period_kind = ? and v.period_start = ? and v.period_end = ?");
            args.addAll(List.of(period.kind().name(), period.start(), period.end()));
        }
        try (ValueSheetWriter sheet = new ValueSheetWriter("values")) {
            streamingJdbc.query("""
                    select i.code, v.area, v.period_kind, v.period_start, v.period_end, v.value, v.qualifier, v.status,
                           v.source_document, v.source_publication, v.source_page, v.quote, v.note
                    from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id""" + where
                    + " order by i.code, v.area, v.period_end nulls first, v.period_start, v.status", rs -> {
                Period.Kind kind = Period.Kind.valueOf(rs.getString(3));
                Period period = kind == Period.Kind.UNSTATED ? Period.UNSTATED
                        : new Period(kind, rs.getInt(4), rs.getInt(5));
                sheet.row(rs.getString(1), rs.getString(2), period.code(), rs.getBigDecimal(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13));
            }, args.toArray());
            sheet.writeTo(out);
        }
    }

    // ---------------------------------------------------------------- import

    /**
     * Keeps the uploaded file and starts the import job (it starts once this transaction has committed).
     *
     * @throws RuleViolationException (field {@code file}) when the file is empty, too large or not an XLSX workbook;
     *         nothing is kept then
     */
    @Transactional
    public ImportView startImport(InputStream content, String fileName, String declaredType, ImportMode mode,
                                  String owner) {
        StoredFile file = files.store(content, fileName, declaredType, owner);
        if (!XLSX.equals(file.contentType())) {
            throw new RuleViolationException("file", "indicators.import.not-xlsx");
        }
        UUID id = UUID.randomUUID();
        ImportMode chosen = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        jdbc.sql("""
                insert into indicators.value_imports (id, owner, mode, file_id, file_name, state, created_at)
                values (:id, :owner, :mode, :file, :name, 'QUEUED', :now)""")
                .param("id", id).param("owner", owner).param("mode", chosen.name()).param("file", file.id())
                .param("name", file.originalName()).param("now", Timestamp.from(clock.instant())).update();
        UUID jobId = jobs.start("indicators.values.import", owner, progress -> run(id, file, chosen, progress));
        jdbc.sql("update indicators.value_imports set job_id = :job where id = :id").param("job", jobId)
                .param("id", id).update();
        return view(id);
    }

    /** @throws NotFoundException when there is no such import or it belongs to someone else (admins see all) */
    @Transactional(readOnly = true)
    public ImportView get(UUID id, String viewer, boolean admin) {
        checkVisible(id, viewer, admin);
        return view(id);
    }

    /** The imports of {@code owner}, newest first. */
    @Transactional(readOnly = true)
    public List<ImportView> recent(String owner, int limit) {
        return jdbc.sql("select id from indicators.value_imports where owner = :owner order by created_at desc limit :n")
                .param("owner", owner).param("n", limit).query(UUID.class).list().stream().map(this::view).toList();
    }

    /** Every error of an import, in row order. */
    @Transactional(readOnly = true)
    public List<ImportError> errors(UUID id, String viewer, boolean admin) {
        checkVisible(id, viewer, admin);
        return errors(id, Integer.MAX_VALUE);
    }

    private void checkVisible(UUID id, String viewer, boolean admin) {
        String owner = jdbc.sql("select owner from indicators.value_imports where id = :id").param("id", id)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("import", id));
        if (!admin && !owner.equals(viewer)) {
            throw new NotFoundException("import", id);
        }
    }

    private List<ImportError> errors(UUID id, int limit) {
        return jdbc.sql("""
                select row_number, column_name, reason from indicators.value_import_errors where import_id = :id
                order by row_number, column_name limit :n""").param("id", id).param("n", limit)
                .query((rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    private ImportView view(UUID id) {
        return jdbc.sql("""
                select id, job_id, file_name, mode, state, rows_read, rows_imported, error_count, message, created_at,
                       finished_at, version from indicators.value_imports where id = :id""").param("id", id)
                .query((rs, n) -> {
                    UUID job = rs.getObject(2, UUID.class);
                    int errorCount = rs.getInt(8);
                    return new ImportView(id, job, rs.getString(3), ImportMode.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getInt(6), rs.getInt(7), errorCount, rs.getString(9),
                            instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)),
                            job == null ? null : "/jobs/" + job,
                            errorCount == 0 ? null : "/api/v1/indicators/values/imports/" + id + "/errors.csv",
                            errorCount == 0 ? List.of() : errors(id, ERRORS_IN_VIEW), rs.getLong(12));
                }).optional().orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The job: reads, checks and stores; records the outcome and the errors. */
    JobResult run(UUID id, StoredFile file, ImportMode mode, JobProgress progress) throws IOException {
        try {
            return importFile(id, file, mode, progress);
        } catch (RuntimeException | IOException | Error e) {
            if (!(e instanceof RuleViolationException)) {
                update(id, "FAILED", 0, 0, null, null);
            }
            throw e;
        }
    }

    private JobResult importFile(UUID id, StoredFile file, ImportMode mode, JobProgress progress) throws IOException {
        Locale locale = progress.locale();
        update(id, "RUNNING", 0, 0, null, null);
        Path copy = Files.createTempFile("innoport-import-", ".xlsx");
        try {
            try (InputStream in = files.open(file.id())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            Run run = new Run(id, mode, locale, loadIndicators());
            ValueSheetReader.Unreadable[] fatal = new ValueSheetReader.Unreadable[1];
            transactions.executeWithoutResult(tx -> {
                try {
                    ValueSheetReader.read(copy, row -> {
                        run.row(row);
                        if (run.pending.size() >= BATCH) {
                            run.flush();
                        }
                        if (run.rowsRead % 1000 == 0) {
                            progress.update(0, text(locale, "indicators.import.progress", run.rowsRead));
                        }
                    }, (bytes, total) -> {
                        if (total > 0) {
                            progress.update((int) Math.min(95, 95 * bytes / total), null);
                        }
                    });
                    run.flush();
                } catch (ValueSheetReader.Unreadable e) {
                    fatal[0] = e;
                }
                if (fatal[0] != null || mode == ImportMode.ALL_OR_NOTHING && run.errorCount > 0
                        || run.imported == 0) {
                    tx.setRollbackOnly();
                } else {
                    events.publishEvent(new ValueChanged("ValueImport", id.toString(), "values.imported", null,
                            new ImportSummary(file.originalName(), file.sha256(), file.id(), mode, run.rowsRead,
                                    run.imported, run.errorCount)));
                }
            });
            if (fatal[0] != null) {
                log.info("Import {} refused: {}", id, fatal[0].getMessage());
                String reason = text(locale, fatal[0].messageKey(), fatal[0].args());
                saveErrors(id, List.of(new ImportError(0, "file", reason)));
                update(id, "REJECTED", run.rowsRead, 0, 1, reason);
                throw new RuleViolationException("file", fatal[0].messageKey(), fatal[0].args());
            }
            saveErrors(id, run.errors);
            boolean rejected = mode == ImportMode.ALL_OR_NOTHING && run.errorCount > 0;
            int imported = rejected ? 0 : run.imported;
            String message = rejected
                    ? text(locale, "indicators.import.rejected", run.rowsRead, run.errorCount)
                    : text(locale, "indicators.import.done", imported, run.rowsRead, run.errorCount);
            update(id, rejected ? "REJECTED" : "IMPORTED", run.rowsRead, imported, run.errorCount, message);
            return new JobResult(message, "/data-imports/" + id);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** What the audit trail keeps for an import (one event per import, see ADR 0022). */
    public record ImportSummary(String fileName, String sha256, UUID fileId, ImportMode mode, int rowsRead,
                                int rowsImported, int errors) {
    }

    private Map<String, Indicator> loadIndicators() {
        Map<String, Indicator> map = new HashMap<>();
        indicators.findAll().forEach(i -> map.put(i.code(), i));
        return map;
    }

    private void update(UUID id, String state, int read, int imported, Integer errors, String message) {
        boolean finished = !"RUNNING".equals(state);
        jdbc.sql("""
                update indicators.value_imports set state = :state, rows_read = :read, rows_imported = :imported,
                       error_count = coalesce(:errors, error_count), message = :message,
                       finished_at = :finished, version = version + 1
                where id = :id""").param("state", state).param("read", read).param("imported", imported)
                .param("errors", errors, Types.INTEGER).param("message", message, Types.VARCHAR)
                .param("finished", finished ? Timestamp.from(clock.instant()) : null, Types.TIMESTAMP)
                .param("id", id).update();
    }

    private void saveErrors(UUID id, List<ImportError> errors) {
        batchJdbc.batchUpdate("insert into indicators.value_import_errors (import_id, row_number, column_name, reason) "
                + "values (?, ?, ?, ?)", errors, 1000, (ps, e) -> {
            ps.setObject(1, id);
            ps.setInt(2, e.row());
            ps.setString(3, e.column());
            ps.setString(4, e.reason());
        });
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** One import's state while it runs. */
    private final class Run {

        private final UUID id;
        private final ImportMode mode;
        private final Locale locale;
        private final Map<String, Indicator> indicators;
        private final Instant now;
        final List<Pending> pending = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        int rowsRead;
        int imported;
        int errorCount;

        Run(UUID id, ImportMode mode, Locale locale, Map<String, Indicator> indicators) {
            this.id = id;
            this.mode = mode;
            this.locale = locale;
            this.indicators = indicators;
            this.now = clock.instant();
        }

        void row(ValueSheetReader.Row row) {
            rowsRead++;
            int before = errorCount;
            String code = required(row, ValueColumns.INDICATOR);
            Indicator indicator = null;
            if (code != null) {
                indicator = indicators.get(code);
                if (indicator == null) {
                    error(row, ValueColumns.INDICATOR, "indicators.import.unknown-indicator", code);
                }
            }
            String area = required(row, ValueColumns.AREA);
            if (area != null && !AREA.matcher(area).matches()) {
                error(row, ValueColumns.AREA, "indicators.import.area-invalid", area);
            }
            Period period = null;
            try {
                period = Period.parse(row.get(ValueColumns.PERIOD));
            } catch (IllegalArgumentException e) {
                error(row, ValueColumns.PERIOD, "indicators.value.period-invalid");
            }
            java.math.BigDecimal value = null;
            String number = required(row, ValueColumns.VALUE);
            if (number != null) {
                try {
                    value = new java.math.BigDecimal(number.replace(" ", ""));
                } catch (NumberFormatException e) {
                    error(row, ValueColumns.VALUE, "indicators.import.number-invalid", number);
                }
            }
            Qualifier qualifier = choice(row, ValueColumns.QUALIFIER, Qualifier.class);
            ValueStatus status = choice(row, ValueColumns.STATUS, ValueStatus.class);
            if (errorCount > before) {
                return;
            }
            ValueContent content = new ValueContent(value, qualifier, status, row.get(ValueColumns.SOURCE_DOCUMENT),
                    row.get(ValueColumns.SOURCE_PUBLICATION), row.get(ValueColumns.SOURCE_PAGE),
                    row.get(ValueColumns.QUOTE), row.get(ValueColumns.NOTE));
            try {
                new DataValue(indicator, area, period, content, now);
            } catch (RuleViolationException e) {
                error(row, column(e.field()), e.messageKey(), e.args());
                return;
            }
            if (content.sourceDocument() != null && content.sourceDocument().length() > 80
                    || content.sourcePage() != null && content.sourcePage().length() > 40) {
                error(row, content.sourcePage() != null && content.sourcePage().length() > 40
                        ? ValueColumns.SOURCE_PAGE : ValueColumns.SOURCE_DOCUMENT, "indicators.import.too-long");
                return;
            }
            pending.add(new Pending(row.number(), indicator.id(), area, period, content));
        }

        /** Stores the pending rows; a cell that already has a value is an error of its row. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (mode == ImportMode.ALL_OR_NOTHING && errorCount > 0) {
                pending.clear();
                return;
            }
            int[] counts = batchJdbc.batchUpdate("""
                    insert into indicators.data_values (indicator_id, area, period_kind, period_start, period_end, value,
                        qualifier, status, source_document, source_publication, source_page, quote, note, recorded_at,
                        import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict on constraint data_values_one_per_cell do nothing""",
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            Pending p = pending.get(i);
                            ValueContent c = p.content();
                            ps.setLong(1, p.indicatorId());
                            ps.setString(2, p.area());
                            ps.setString(3, p.period().kind().name());
                            ps.setObject(4, p.period().start(), Types.INTEGER);
                            ps.setObject(5, p.period().end(), Types.INTEGER);
                            ps.setBigDecimal(6, c.value());
                            ps.setString(7, c.qualifier().name());
                            ps.setString(8, c.status().name());
                            ps.setString(9, c.sourceDocument());
                            ps.setString(10, c.sourcePublication());
                            ps.setString(11, c.sourcePage());
                            ps.setString(12, c.quote());
                            ps.setString(13, c.note());
                            ps.setTimestamp(14, Timestamp.from(now));
                            ps.setObject(15, id);
                        }

                        @Override
                        public int getBatchSize() {
                            return pending.size();
                        }
                    });
            for (int i = 0; i < counts.length; i++) {
                Pending p = pending.get(i);
                if (counts[i] == 0) {
                    errorCount++;
                    if (errors.size() < MAX_REPORTED_ERRORS) {
                        errors.add(new ImportError(p.row(), ValueColumns.PERIOD,
                                text(locale, "indicators.value.exists", p.period().label(), p.area())));
                    }
                } else {
                    imported++;
                }
            }
            pending.clear();
        }

        private String required(ValueSheetReader.Row row, String column) {
            String value = row.get(column);
            if (value == null) {
                error(row, column, "indicators.import.required");
            }
            return value;
        }

        private <E extends Enum<E>> E choice(ValueSheetReader.Row row, String column, Class<E> type) {
            String value = required(row, column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                error(row, column, "indicators.import.choice-invalid", value,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                return null;
            }
        }

        private void error(ValueSheetReader.Row row, String column, String key, Object... args) {
            errorCount++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportError(row.number(), column, text(locale, key, args)));
            }
        }
    }

    private static String column(String field) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("sourcePublication", ValueColumns.SOURCE_PUBLICATION);
        columns.put("sourceDocument", ValueColumns.SOURCE_DOCUMENT);
        columns.put("sourcePage", ValueColumns.SOURCE_PAGE);
        return field == null ? ValueColumns.VALUE : columns.getOrDefault(field, field);
    }

    private record Pending(int row, Long indicatorId, String area, Period period, ValueContent content) {
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
