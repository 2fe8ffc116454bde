package org.innoport.indicators;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An XLSX import of data values. {@code state}: QUEUED, RUNNING, IMPORTED (values stored), REJECTED (nothing stored:
 * wrong rows in all-or-nothing mode, or an unreadable file). {@code errors} holds the first errors; the whole report
 * is at {@code errorReportUrl}.
 */
public record ImportView(UUID id, UUID jobId, String fileName, ImportMode mode, String state, int rowsRead,
                         int rowsImported, int errorCount, String message, Instant createdAt, Instant finishedAt,
                         String jobUrl, String errorReportUrl, List<ImportError> errors, long version) {
}
