package org.innoport.audit.web;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.innoport.audit.AuditEntry;

/**
 * Writes audit rows as RFC 4180 CSV (UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese correctly).
 * Values are exactly the stored ones, so the export can be checked against the hashes; a cell that a spreadsheet would
 * run as a formula is prefixed with an apostrophe.
 */
final class AuditCsv {

    private final PrintWriter out;

    AuditCsv(PrintWriter out) {
        this.out = out;
    }

    void header() {
        out.write('\uFEFF');
        line("id", "occurred_at", "actor", "aggregate_type", "aggregate_id", "action", "before_json", "after_json",
                "request_ip", "request_id", "previous_hash", "hash");
    }

    void row(AuditEntry entry) {
        line(Long.toString(entry.id()), DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()), entry.actor(),
                entry.aggregateType(), entry.aggregateId(), entry.action(), entry.beforeJson(), entry.afterJson(),
                entry.requestIp(), entry.requestId(), entry.previousHash(), entry.hash());
    }

    private void line(String... cells) {
        out.write(Stream.of(cells).map(AuditCsv::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
