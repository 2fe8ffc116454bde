package org.innoport.tasks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innoport.platform.JobResult;
import org.innoport.platform.Jobs;
import org.innoport.shared.DomainException;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.TaskRegistry.RegistryForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Bulk registration of tasks of other levels from XLSX as a platform job with progress. Columns (first row is the
 * header): code, title, level, programme, field, host, hostType, pi, approvalYear, periodFrom, periodTo, status,
 * state, counterpart, other, results. Each valid row is registered; each invalid row is kept as a per-row error
 * (row number, column, message key, value) and the others go on.
 */
@Service
public class RegistryImports {

    public record RowError(int row, String column, String messageKey, String value) {
    }

    static final String[] COLUMNS = {"code", "title", "level", "programme", "field", "host", "hostType", "pi",
        "approvalYear", "periodFrom", "periodTo", "status", "state", "counterpart", "other", "results"};

    private final Jobs jobs;
    private final TaskRegistry registry;
    private final JdbcClient jdbc;
    private final Validator validator;

    RegistryImports(Jobs jobs, TaskRegistry registry, JdbcClient jdbc, Validator validator) {
        this.jobs = jobs;
        this.registry = registry;
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** Starts the import; returns the job id to follow at {@code /api/v1/jobs/{id}}. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public UUID start(String owner, byte[] xlsx) {
        UUID[] self = new UUID[1];
        self[0] = jobs.start("tasks.registry-import", owner, progress -> {
            int[] counts = run(jobIdOf(self), xlsx, progress::update);
            return new JobResult(counts[0] + " / " + (counts[0] + counts[1]), null);
        });
        return self[0];
    }

    private static UUID jobIdOf(UUID[] self) {
        while (self[0] == null) {
            Thread.onSpinWait();
        }
        return self[0];
    }

    interface Progress {
        void update(int percent, String message);
    }

    /** @return {registered, rejected} */
    int[] run(UUID jobId, byte[] xlsx, Progress progress) throws IOException {
        int registered = 0;
        int rejected = 0;
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[COLUMNS.length];
                for (int c = 0; c < COLUMNS.length; c++) {
                    Cell cell = row.getCell(c);
                    v[c] = cell == null ? "" : formatter.formatCellValue(cell).strip();
                }
                try {
                    RegistryForm form = form(v);
                    Set<ConstraintViolation<RegistryForm>> violations = validator.validate(form);
                    if (!violations.isEmpty()) {
                        ConstraintViolation<RegistryForm> first = violations.iterator().next();
                        throw new RuleViolationException(first.getPropertyPath().toString(),
                                first.getMessageTemplate().replaceAll("[{}]", ""));
                    }
                    registry.registerAsSystem(form);
                    registered++;
                } catch (RuleViolationException e) {
                    error(jobId, r + 1, e.field(), e.messageKey(), value(v, e.field()));
                    rejected++;
                } catch (DomainException e) {
                    error(jobId, r + 1, "row", e.messageKey(), null);
                    rejected++;
                }
                progress.update(last == 0 ? 100 : r * 100 / last, null);
            }
        }
        return new int[] {registered, rejected};
    }

    public List<RowError> errors(UUID jobId) {
        return jdbc.sql("""
                        select row_number, column_name, message_key, value from tasks.registry_import_errors
                        where job_id = :job order by row_number, column_name""")
                .param("job", jobId)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private void error(UUID jobId, int row, String column, String key, String value) {
        jdbc.sql("""
                        insert into tasks.registry_import_errors (job_id, row_number, column_name, message_key, value)
                        values (:job, :row, :column, :key, :value) on conflict do nothing""")
                .param("job", jobId).param("row", row).param("column", column == null ? "row" : column)
                .param("key", key).param("value", value).update();
    }

    private static String value(String[] v, String field) {
        for (int c = 0; c < COLUMNS.length; c++) {
            if (COLUMNS[c].equals(field)) {
                return v[c];
            }
        }
        return null;
    }

    private static RegistryForm form(String[] v) {
        TaskLevel level;
        try {
            level = TaskLevel.valueOf(v[2].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("level", "tasks.value.unknown");
        }
        return new RegistryForm(v[0], v[1], level, blank(v[3]), blank(v[4]), v[5], v[6], blank(v[7]),
                year(v[8], "approvalYear"), year(v[9], "periodFrom"), year(v[10], "periodTo"), v[11],
                money(v[12], "state"), money(v[13], "counterpart"), money(v[14], "other"), blank(v[15]), false);
    }

    private static String blank(String value) {
        return value.isBlank() ? null : value;
    }

    private static int year(String value, String column) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RuleViolationException(column, "tasks.value.unknown");
        }
    }

    private static Money money(String value, String column) {
        try {
            Money money = value.isBlank() ? Money.ZERO : Money.of(Long.parseLong(value.replace(",", "")
                    .replace(".", "")));
            if (money.isNegative()) {
                throw new RuleViolationException(column, "tasks.money.positive");
            }
            return money;
        } catch (NumberFormatException e) {
            throw new RuleViolationException(column, "tasks.value.unknown");
        }
    }
}
