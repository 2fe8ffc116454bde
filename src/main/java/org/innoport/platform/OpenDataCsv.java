package org.innoport.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Open-data CSV download: RFC 4180 with a UTF-8 byte-order mark (so spreadsheet programs read Vietnamese correctly). */
public final class OpenDataCsv {

    private final PrintWriter out;

    private OpenDataCsv(PrintWriter out) {
        this.out = out;
    }

    public static OpenDataCsv start(HttpServletResponse response, String filename, String... header) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        OpenDataCsv csv = new OpenDataCsv(response.getWriter());
        csv.out.write('\uFEFF');
        csv.row((Object[]) header);
        return csv;
    }

    public void row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String text = cells[i] == null ? "" : cells[i].toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        out.write(line.append("\r\n").toString());
    }

    public void flush() {
        out.flush();
    }
}
