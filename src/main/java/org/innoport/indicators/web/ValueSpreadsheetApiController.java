package org.innoport.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.innoport.indicators.ImportError;
import org.innoport.indicators.ImportMode;
import org.innoport.indicators.ImportView;
import org.innoport.indicators.ValueFilter;
import org.innoport.indicators.ValueSpreadsheets;
import org.innoport.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data values as XLSX: the export is open data like the CSV; imports (officers, administrators) run as jobs and are
 * answered with 202 and the import, whose {@code jobUrl} shows progress and {@code errorReportUrl} the wrong rows.
 */
@RestController
class ValueSpreadsheetApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ValueSpreadsheets spreadsheets;

    ValueSpreadsheetApiController(ValueSpreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/api/v1/indicators/values.xlsx")
    void export(@RequestParam(required = false) String indicator, @RequestParam(required = false) String area,
                @RequestParam(required = false) String period, HttpServletResponse response) throws IOException {
        ValueFilter filter = new ValueFilter(indicator, area, period);
        spreadsheets.checkFilter(filter);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"values.xlsx\"");
        spreadsheets.export(filter, response.getOutputStream());
    }

    @PostMapping(path = "/api/v1/indicators/values/imports", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    ImportView startImport(@RequestPart(name = "file", required = false) MultipartFile file,
                           @RequestParam(required = false) ImportMode mode, Authentication authentication)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("file", "indicators.import.file-required");
        }
        try (InputStream in = file.getInputStream()) {
            return spreadsheets.startImport(in, file.getOriginalFilename(), file.getContentType(), mode,
                    authentication.getName());
        }
    }

    @GetMapping("/api/v1/indicators/values/imports/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    ImportView get(@PathVariable UUID id, Authentication authentication) {
        return spreadsheets.get(id, authentication.getName(), admin(authentication));
    }

    /** Every error of an import: row, column, reason (UTF-8 with a BOM, so that Excel shows Vietnamese right). */
    @GetMapping("/api/v1/indicators/values/imports/{id}/errors.csv")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    void errors(@PathVariable UUID id, Authentication authentication, HttpServletResponse response)
            throws IOException {
        var errors = spreadsheets.errors(id, authentication.getName(), admin(authentication));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-errors-" + id + ".csv\"");
        var out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        StringBuilder csv = new StringBuilder("row,column,reason\r\n");
        for (ImportError e : errors) {
            csv.append(e.row()).append(',').append(quote(e.column())).append(',').append(quote(e.reason()))
                    .append("\r\n");
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static boolean admin(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static String quote(String s) {
        String safe = s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe == null ? "" : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
