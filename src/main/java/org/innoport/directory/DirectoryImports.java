package org.innoport.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.directory.ImportColumns.Column;
import org.innoport.directory.domain.Lab;
import org.innoport.directory.domain.LabRepository;
import org.innoport.directory.domain.Organisation;
import org.innoport.directory.domain.OrganisationRepository;
import org.innoport.directory.domain.Person;
import org.innoport.directory.domain.PersonRepository;
import org.innoport.directory.imports.SheetReader;
import org.innoport.platform.FileStore;
import org.innoport.platform.JobResult;
import org.innoport.platform.JobState;
import org.innoport.platform.JobStatus;
import org.innoport.platform.Jobs;
import org.innoport.platform.StoredFile;
import org.innoport.shared.DomainException;
import org.innoport.directory.imports.SpreadsheetWriter;
import org.innoport.directory.search.VietnameseText;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spreadsheet imports of organisations, people and labs. The .xlsx file is streamed row by row (constant memory);
 * every row is validated with the same rules as the forms; all rows are written in one transaction, which
 * ALL_OR_NOTHING rolls back when any row is invalid. The run and its per-row errors are kept for the report.
 * Users {@link #start} an import as a background job (progress at {@code /jobs/{id}}); {@link #run} does the work
 * synchronously (the job calls it, and so do benchmarks).
 */
@Service
public class DirectoryImports {

    static final int MAX_STORED_ERRORS = 10_000;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int BATCH = 250;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private final Organisations organisations;
    private final People people;
    private final Labs labs;
    private final OrganisationRepository organisationRepository;
    private final PersonRepository personRepository;
    private final LabRepository labRepository;
    private final Validator validator;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FileStore files;
    private final Jobs jobs;

    @PersistenceContext
    private EntityManager entityManager;

    DirectoryImports(Organisations organisations, People people, Labs labs, OrganisationRepository organisationRepository,
                     PersonRepository personRepository, LabRepository labRepository, Validator validator,
                     MessageSource messages, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                     ApplicationEventPublisher events, Clock clock, FileStore files, Jobs jobs) {
        this.organisations = organisations;
        this.people = people;
        this.labs = labs;
        this.organisationRepository = organisationRepository;
        this.personRepository = personRepository;
        this.labRepository = labRepository;
        this.validator = validator;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.files = files;
        this.jobs = jobs;
    }

    /**
     * Checks the file (a readable .xlsx with the required columns), keeps it, and starts the import job; the answer
     * is the QUEUED run, whose report fills in when the job has finished. A refused file changes nothing.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public ImportReport start(ImportResource resource, InputStream content, String fileName, ImportMode mode,
                              Locale locale) {
        String owner = DirectoryAccess.username();
        Path file = null;
        try {
            file = Files.createTempFile("innoport-import-", ".xlsx");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            checkHeader(resource, file);
            StoredFile stored;
            try (InputStream in = Files.newInputStream(file)) {
                stored = files.store(in, fileName, XLSX, owner);
            }
            UUID id = UUID.randomUUID();
            jdbc.update("""
                    insert into directory.import_run (id, resource, mode, state, file_name, file_id, created_by, created_at)
                    values (?, ?, ?, 'QUEUED', ?, ?, ?, ?)""", id, resource.name(), mode.name(), fileName, stored.id(),
                    owner, Timestamp.from(clock.instant()));
            UUID job = jobs.start("directory.import", owner, progress -> {
                try (InputStream in = files.open(stored.id())) {
                    run(id, resource, in, fileName, mode, (percent, rows) -> progress.update(percent, null));
                } catch (RuntimeException e) {
                    jdbc.update("update directory.import_run set state = 'FAILED', message = ?, finished_at = ? where id = ?",
                            e instanceof DomainException domain ? domain.messageKey() : null,
                            Timestamp.from(clock.instant()), id);
                    throw e;
                }
                return JobResult.link("/directory/imports/" + resource.path() + "/" + id);
            });
            jdbc.update("update directory.import_run set job_id = ? where id = ?", job, id);
            return report(resource, id, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Reads the header row only: refuses a file that is not a readable .xlsx or lacks a required column. */
    private void checkHeader(ImportResource resource, Path file) throws IOException {
        Run check = new Run(resource, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
        try {
            SheetReader.read(file, (rowNumber, cells, fraction) -> {
                check.row(rowNumber, cells, fraction);
                if (check.header != null) {
                    throw new SheetReader.StopReading();
                }
            });
        } catch (SheetReader.UnreadableFileException e) {
            throw new RuleViolationException("file", "directory.import.not-xlsx");
        }
        if (check.header == null) {
            throw new RuleViolationException("file", "directory.import.empty");
        }
    }

    /**
     * Imports a workbook. A file that is not a readable .xlsx, or that lacks a required column, is refused with a
     * field error on {@code file} and changes nothing.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public ImportReport run(ImportResource resource, InputStream content, String fileName, ImportMode mode,
                            ImportProgress progress, Locale locale) {
        UUID id = UUID.randomUUID();
        run(id, resource, content, fileName, mode, progress);
        return report(resource, id, locale);
    }

    private void run(UUID id, ImportResource resource, InputStream content, String fileName, ImportMode mode,
                     ImportProgress progress) {
        Path file = null;
        try {
            file = Files.createTempFile("innoport-import-", ".xlsx");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            Instant started = clock.instant();
            Path source = file;
            Run run = transactions.execute(status -> {
                // Rows are checked against the data as it was before the import (duplicates within the file
                // are tracked in memory), so queries need not flush the rows written so far; inserts go in batches.
                entityManager.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
                entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(BATCH);
                Run current = new Run(resource, mode, progress);
                try {
                    SheetReader.read(source, current::row);
                } catch (SheetReader.UnreadableFileException e) {
                    throw new RuleViolationException("file", "directory.import.not-xlsx");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                current.finish();
                if (current.header == null) {
                    throw new RuleViolationException("file", "directory.import.empty");
                }
                if (mode == ImportMode.ALL_OR_NOTHING && !current.errors.isEmpty()) {
                    status.setRollbackOnly();
                }
                return current;
            });
            ImportReport.State state = mode == ImportMode.ALL_OR_NOTHING && !run.errors.isEmpty()
                    ? ImportReport.State.REJECTED : ImportReport.State.COMPLETED;
            int imported = state == ImportReport.State.REJECTED ? 0 : run.imported;
            transactions.executeWithoutResult(status -> {
                save(id, resource, mode, state, fileName, run, imported, started);
                events.publishEvent(new DirectoryImportCompleted(id, resource.path(), mode, run.rowsRead, imported,
                        run.errors.size()));
            });
            progress.update(100, run.rowsRead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // temporary file; the OS cleans up
            }
        }
    }

    /** A stored import run with its errors in the caller's language. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public ImportReport report(ImportResource resource, UUID id, Locale locale) {
        return jdbc.query("""
                select id, resource, mode, state, file_name, rows_read, imported, error_count, message, created_at,
                       finished_at, job_id, created_by from directory.import_run where id = ? and resource = ?""",
                (rs, n) -> {
                    ImportReport.State state = ImportReport.State.valueOf(rs.getString("state"));
                    int percent = 100;
                    if (state == ImportReport.State.QUEUED && rs.getObject("job_id") != null) {
                        JobStatus job = jobs.status(rs.getObject("job_id", UUID.class), rs.getString("created_by"), true);
                        percent = job.percent();
                        state = job.state() == JobState.RUNNING ? ImportReport.State.RUNNING : state;
                    }
                    String reason = rs.getString("message");
                    return new ImportReport(rs.getObject("id", UUID.class), ImportResource.valueOf(rs.getString("resource")),
                        ImportMode.valueOf(rs.getString("mode")), state, percent,
                        reason != null ? messages.getMessage(reason, null, reason, locale)
                                : messages.getMessage("directory.import.state." + state,
                                new Object[] {rs.getInt("imported"), rs.getInt("error_count")}, locale),
                        rs.getString("file_name"), rs.getInt("rows_read"), rs.getInt("imported"), rs.getInt("error_count"),
                        errors(id, ImportResource.valueOf(rs.getString("resource")), locale),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getObject("job_id", UUID.class));
                },
                id, resource.name()).stream().findFirst().orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The per-row errors of a run as CSV or XLSX. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public void writeErrors(ImportResource resource, UUID id, boolean xlsx, OutputStream out, Locale locale) {
        ImportReport report = report(resource, id, locale);
        boolean en = "en".equals(locale.getLanguage());
        var table = new SpreadsheetWriter.Table(en ? "Errors" : "Lỗi",
                en ? List.of("Row", "Column", "Reason", "Value") : List.of("Dòng", "Cột", "Lý do", "Giá trị"),
                report.errors().stream().map(e -> Arrays.asList(String.valueOf(e.row()), e.column(), e.reason(), e.value())).toList());
        if (xlsx) {
            SpreadsheetWriter.xlsx(out, table);
        } else {
            SpreadsheetWriter.csv(out, table);
        }
    }

    /** The empty template (header row) with an instructions sheet listing the accepted values. */
    public void writeTemplate(ImportResource resource, OutputStream out, Locale locale) {
        List<Column> columns = ImportColumns.of(resource);
        boolean en = "en".equals(locale.getLanguage());
        List<List<String>> help = new ArrayList<>();
        List<String> example = ImportColumns.EXAMPLES.get(resource);
        for (int i = 0; i < columns.size(); i++) {
            help.add(List.of(columns.get(i).label(locale), example.get(i)));
        }
        help.add(List.of(en ? "Types" : "Loại hình", String.join(", ", Arrays.stream(OrganisationType.values()).map(Enum::name).toList())));
        help.add(List.of(en ? "Enterprise subtypes" : "Loại doanh nghiệp", "STATE_OWNED, PRIVATE, FDI"));
        help.add(List.of(en ? "Degrees" : "Học vị", String.join(", ", Arrays.stream(Degree.values()).map(Enum::name).toList())));
        help.add(List.of(en ? "Dates" : "Ngày", "dd/MM/yyyy"));
        help.add(List.of(en ? "Field codes" : "Mã lĩnh vực", String.join(", ", organisations.classificationCodes())));
        SpreadsheetWriter.xlsx(out,
                new SpreadsheetWriter.Table(resource.path(), columns.stream().map(c -> c.label(locale)).toList(), List.of()),
                new SpreadsheetWriter.Table(en ? "Instructions" : "Hướng dẫn",
                        en ? List.of("Column", "Example") : List.of("Cột", "Ví dụ"), help));
    }

    private List<ImportReport.RowError> errors(UUID id, ImportResource resource, Locale locale) {
        Map<String, Column> columns = new HashMap<>();
        ImportColumns.of(resource).forEach(c -> columns.put(c.key(), c));
        return jdbc.query("""
                select row_number, column_name, message_key, args, value from directory.import_error
                where run_id = ? order by row_number, column_name""", (rs, n) -> {
            String key = rs.getString("column_name");
            String args = rs.getString("args");
            Column column = key == null ? null : columns.get(key);
            return new ImportReport.RowError(rs.getInt("row_number"),
                    column == null ? key : column.label(locale).replace(" *", ""),
                    messages.getMessage(rs.getString("message_key"),
                            args == null ? null : (Object[]) args.split("\u001f", -1), rs.getString("message_key"), locale),
                    rs.getString("value"));
        }, id);
    }

    private void save(UUID id, ImportResource resource, ImportMode mode, ImportReport.State state, String fileName, Run run,
                      int imported, Instant started) {
        jdbc.update("""
                insert into directory.import_run (id, resource, mode, state, file_name, rows_read, imported, error_count,
                  created_by, created_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set state = excluded.state, rows_read = excluded.rows_read,
                  imported = excluded.imported, error_count = excluded.error_count, finished_at = excluded.finished_at""",
                id, resource.name(), mode.name(), state.name(), fileName, run.rowsRead, imported, run.errors.size(),
                DirectoryAccess.username(), Timestamp.from(started), Timestamp.from(clock.instant()));
        List<RowProblem> stored = run.errors.size() > MAX_STORED_ERRORS ? run.errors.subList(0, MAX_STORED_ERRORS) : run.errors;
        jdbc.batchUpdate("insert into directory.import_error (run_id, row_number, column_name, message_key, args, value) "
                        + "values (?, ?, ?, ?, ?, ?)", stored, 500, (ps, e) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, e.row());
                    ps.setString(3, e.column());
                    ps.setString(4, e.messageKey());
                    ps.setString(5, e.args() == null || e.args().length == 0 ? null
                            : String.join("\u001f", Arrays.stream(e.args()).map(String::valueOf).toList()));
                    ps.setString(6, e.value() == null ? null : e.value().substring(0, Math.min(500, e.value().length())));
                });
    }

    /** One problem found in a row. */
    record RowProblem(int row, String column, String messageKey, Object[] args, String value) {
    }

    /** The state of one import while the sheet streams by. */
    private final class Run {

        final ImportResource resource;
        final ImportMode mode;
        final ImportProgress progress;
        final List<Column> columns;
        final List<RowProblem> errors = new ArrayList<>();
        final Set<String> taxCodesInFile = new HashSet<>();
        final Set<String> namesInFile = new HashSet<>();
        final Set<String> otherKeysInFile = new HashSet<>();
        final Map<String, Optional<UUID>> organisationsByKey = new HashMap<>();
        Map<Integer, Column> header;
        int rowsRead;
        int imported;
        int pending;
        final Instant now = clock.instant();

        Run(ImportResource resource, ImportMode mode, ImportProgress progress) {
            this.resource = resource;
            this.mode = mode;
            this.progress = progress;
            this.columns = ImportColumns.of(resource);
        }

        void row(int rowNumber, Map<Integer, String> cells, double fraction) {
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            if (header == null) {
                readHeader(cells);
                return;
            }
            rowsRead++;
            Map<String, String> values = new HashMap<>();
            header.forEach((index, column) -> {
                String value = VietnameseText.cleanOrNull(cells.get(index));
                if (value != null) {
                    values.put(column.key(), value);
                }
            });
            Row row = new Row(rowNumber, values);
            switch (resource) {
                case ORGANISATIONS -> organisationRow(row);
                case PEOPLE -> personRow(row);
                case LABS -> labRow(row);
            }
            if (rowsRead % 100 == 0) {
                progress.update((int) Math.min(99, fraction * 100), rowsRead);
            }
        }

        void readHeader(Map<Integer, String> cells) {
            header = new TreeMap<>();
            cells.forEach((index, text) -> columns.stream().filter(c -> c.matches(text)).findFirst()
                    .ifPresent(c -> header.put(index, c)));
            List<String> missing = columns.stream().filter(Column::required).filter(c -> !header.containsValue(c))
                    .map(c -> c.vi()).toList();
            if (!missing.isEmpty()) {
                throw new RuleViolationException("file", "directory.import.missing-columns", String.join(", ", missing));
            }
        }

        boolean writing() {
            return mode == ImportMode.VALID_ROWS || errors.isEmpty();
        }

        void organisationRow(Row row) {
            String taxCode = TaxCode.normalise(row.get("taxCode"));
            if (taxCode != null && taxCode.matches("\\d{9}")) {
                taxCode = "0" + taxCode; // a numeric cell lost the leading zero
            }
            OrganisationDetails details = new OrganisationDetails(row.get("name"), row.get("nameEn"), row.get("abbreviation"),
                    row.enumValue("type", OrganisationType.class), row.enumValue("enterpriseSubtype", EnterpriseSubtype.class),
                    taxCode, row.get("registrationNumber"), row.date("registrationDate"), row.get("street"),
                    row.get("commune"), row.get("province"), row.organisation("parent"), row.get("website"),
                    row.codes("fields"), null);
            if (!row.valid(details)) {
                return;
            }
            var data = row.clean(() -> organisations.clean(details));
            if (data == null) {
                return;
            }
            if (data.taxCode() != null && !taxCodesInFile.add(data.taxCode())) {
                row.error("taxCode", "directory.import.duplicate-in-file", data.taxCode());
            }
            String canonical = VietnameseText.canonicalName(data.name());
            if (!namesInFile.add(canonical)) {
                row.error("name", "directory.import.duplicate-name-in-file", data.name());
            }
            if (row.ok()) {
                waiting.add(new Waiting(row, data, canonical));
                if (waiting.size() >= BATCH) {
                    checkWaiting();
                }
            }
        }

        /** Rows that passed every check but the database ones, which run once per batch. */
        private record Waiting(Row row, org.innoport.directory.domain.OrganisationData data, String canonical) {
        }

        private final List<Waiting> waiting = new ArrayList<>();

        /** Checks waiting rows against existing tax codes and canonical names in two queries, then writes them. */
        void checkWaiting() {
            if (waiting.isEmpty()) {
                return;
            }
            Map<String, String> taxCodes = new HashMap<>();
            List<String> codes = waiting.stream().map(w -> w.data().taxCode()).filter(java.util.Objects::nonNull).toList();
            if (!codes.isEmpty()) {
                organisationRepository.findNamesByTaxCodes(codes).forEach(n -> taxCodes.putIfAbsent(n.getKey(), n.getName()));
            }
            Map<String, String> names = new HashMap<>();
            organisationRepository.findNamesByCanonicalNames(waiting.stream().map(Waiting::canonical).toList())
                    .forEach(n -> names.putIfAbsent(n.getKey(), n.getName()));
            for (Waiting w : waiting) {
                if (w.data().taxCode() != null && taxCodes.containsKey(w.data().taxCode())) {
                    w.row().error("taxCode", "directory.tax-code.taken", w.data().taxCode(), taxCodes.get(w.data().taxCode()));
                }
                if (names.containsKey(w.canonical())) {
                    w.row().error("name", "directory.import.duplicate-name", names.get(w.canonical()));
                }
            }
            for (Waiting w : waiting) {
                if (w.row().ok() && writing()) {
                    persist(new Organisation(UUID.randomUUID(), w.data(), false, now));
                }
            }
            waiting.clear();
        }

        void personRow(Row row) {
            UUID organisation = row.organisation("organisation");
            List<PersonDetails.Affiliation> affiliations = organisation == null ? List.of()
                    : List.of(new PersonDetails.Affiliation(organisation, row.get("position"), null, null));
            List<String> keywords = row.get("keywords") == null ? List.of()
                    : Arrays.stream(row.get("keywords").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            PersonDetails details = new PersonDetails(row.get("fullName"),
                    row.enumValue("academicTitle", AcademicTitle.class), row.enumValue("degree", Degree.class),
                    row.get("orcid"), row.get("email"), row.get("phone"), row.date("birthDate"), null, null, null,
                    row.codes("fields"), keywords, affiliations, null);
            if (!row.valid(details)) {
                return;
            }
            var data = row.clean(() -> people.clean(details));
            if (data == null) {
                return;
            }
            if (data.orcid() != null) {
                if (!otherKeysInFile.add(data.orcid())) {
                    row.error("orcid", "directory.import.duplicate-in-file", data.orcid());
                } else {
                    row.check(() -> people.requireOrcidFree(data.orcid(), null));
                }
            }
            if (row.ok() && writing()) {
                persist(new Person(UUID.randomUUID(), data, false, now));
            }
        }

        void labRow(Row row) {
            LabDetails details = new LabDetails(row.get("name"), row.organisation("organisation"), row.get("vilasNumber"),
                    row.get("standard"), row.codes("fields"), row.get("testTypes"), row.date("validFrom"),
                    row.date("validTo"), null);
            if (!row.valid(details)) {
                return;
            }
            var data = row.clean(() -> labs.clean(details));
            if (data == null) {
                return;
            }
            if (data.vilasNumber() != null) {
                if (!otherKeysInFile.add(data.vilasNumber())) {
                    row.error("vilasNumber", "directory.import.duplicate-in-file", data.vilasNumber());
                } else {
                    row.check(() -> labs.requireVilasFree(data.vilasNumber(), null));
                }
            }
            if (row.ok() && writing()) {
                Lab lab = row.clean(() -> new Lab(UUID.randomUUID(), data, false, now));
                if (lab != null) {
                    persist(lab);
                }
            }
        }

        void persist(Object entity) {
            entityManager.persist(entity);
            imported++;
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() {
            entityManager.flush();
            Search.session(entityManager).indexingPlan().process();
            entityManager.clear();
            pending = 0;
        }

        void finish() {
            checkWaiting();
            if (pending > 0) {
                flush();
            }
        }

        Optional<UUID> findOrganisation(String key) {
            return organisationsByKey.computeIfAbsent(key, k -> {
                String taxCode = TaxCode.normalise(k);
                if (taxCode != null && taxCode.matches("\\d{9,10}(-\\d{3})?")) {
                    String code = taxCode.matches("\\d{9}") ? "0" + taxCode : taxCode;
                    return organisationRepository.findByTaxCodeAndStatusNot(code, OrganisationStatus.MERGED).map(Organisation::getId);
                }
                return organisationRepository.findFirstByNameAndStatusNot(k, OrganisationStatus.MERGED).map(Organisation::getId);
            });
        }

        /** One data row with its problems. */
        private final class Row {

            final int number;
            final Map<String, String> values;
            final Set<String> failedColumns = new HashSet<>();
            boolean failed;

            Row(int number, Map<String, String> values) {
                this.number = number;
                this.values = values;
            }

            String get(String key) {
                return values.get(key);
            }

            boolean ok() {
                return !failed;
            }

            void error(String column, String messageKey, Object... args) {
                failed = true;
                failedColumns.add(String.valueOf(column));
                errors.add(new RowProblem(number, column, messageKey, args, column == null ? null : values.get(column)));
            }

            <E extends Enum<E>> E enumValue(String key, Class<E> type) {
                String value = get(key);
                if (value == null) {
                    return null;
                }
                String folded = VietnameseText.fold(value).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(folded) || matchesLabel(constant, value)) {
                        return constant;
                    }
                }
                error(key, "directory.import.unknown-value", value);
                return null;
            }

            private boolean matchesLabel(Enum<?> constant, String value) {
                String prefix = "directory." + switch (constant.getDeclaringClass().getSimpleName()) {
                    case "OrganisationType" -> "type.";
                    case "EnterpriseSubtype" -> "subtype.";
                    default -> "enum.";
                };
                for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    String label = messages.getMessage(prefix + constant.name(), null, null, locale);
                    if (label != null && VietnameseText.fold(label).equals(VietnameseText.fold(value))) {
                        return true;
                    }
                }
                return false;
            }

            LocalDate date(String key) {
                String value = get(key);
                if (value == null) {
                    return null;
                }
                for (DateTimeFormatter format : DATES) {
                    try {
                        return LocalDate.parse(value, format);
                    } catch (DateTimeParseException e) {
                        // next format
                    }
                }
                error(key, "directory.import.bad-date", value);
                return null;
            }

            Set<String> codes(String key) {
                String value = get(key);
                if (value == null) {
                    return Set.of();
                }
                Set<String> codes = new LinkedHashSet<>();
                for (String code : value.split("[,;\\s]+")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip().replaceAll("\\.0$", ""));
                    }
                }
                return codes;
            }

            UUID organisation(String key) {
                String value = get(key);
                if (value == null) {
                    return null;
                }
                Optional<UUID> found = findOrganisation(value);
                if (found.isEmpty()) {
                    error(key, "directory.import.organisation-unknown", value);
                    return null;
                }
                return found.get();
            }

            /** Bean Validation of the record, as the form and the API do. */
            boolean valid(Object details) {
                for (ConstraintViolation<Object> violation : validator.validate(details)) {
                    String property = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
                    String column = values.containsKey(property) || columns.stream().anyMatch(c -> c.key().equals(property))
                            ? property : null;
                    if (failedColumns.contains(String.valueOf(column))) {
                        continue; // the value could not be read; that error says enough
                    }
                    var descriptor = violation.getConstraintDescriptor();
                    String code = descriptor.getAnnotation().annotationType().getSimpleName();
                    List<Object> args = new ArrayList<>();
                    args.add(property);
                    new TreeMap<>(descriptor.getAttributes()).forEach((name, value) -> {
                        if (!Set.of("message", "groups", "payload").contains(name)) {
                            args.add(value);
                        }
                    });
                    error(column, code, args.toArray());
                }
                return !failed;
            }

            <T> T clean(java.util.function.Supplier<T> cleaning) {
                try {
                    return cleaning.get();
                } catch (RuleViolationException e) {
                    error(e.field(), e.messageKey(), e.args());
                    return null;
                }
            }

            void check(Runnable rule) {
                clean(() -> {
                    rule.run();
                    return Boolean.TRUE;
                });
            }
        }
    }
}
