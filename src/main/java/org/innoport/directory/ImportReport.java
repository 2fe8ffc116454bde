package org.innoport.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import, shaped like a job: {@code state}, {@code percent}, {@code message}, and the report
 * (rows read, rows imported, per-row errors with row, column and reason in the caller's language), and the job
 * that runs it ({@code /jobs/{jobId}}; null for a synchronous run).
 */
public record ImportReport(UUID id, ImportResource resource, ImportMode mode, State state, int percent, String message,
                           String fileName, int rowsRead, int imported, int errorCount, List<RowError> errors,
                           Instant createdAt, Instant finishedAt, UUID jobId) {

    /**
     * QUEUED/RUNNING: the job has not finished; COMPLETED: rows imported (maybe some reported); REJECTED:
     * all-or-nothing found errors, nothing imported; FAILED: the file could not be read to the end, nothing imported.
     */
    public enum State {
        QUEUED, RUNNING, COMPLETED, REJECTED, FAILED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /** One problem: the spreadsheet row (as Excel numbers it), the column header, the reason, the value given. */
    public record RowError(int row, String column, String reason, String value) {
    }
}
