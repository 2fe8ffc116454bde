package org.innoport.tasks.web;

import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innoport.platform.PageResponse;
import org.innoport.tasks.Portfolio;
import org.innoport.tasks.Portfolio.Reconciliation;
import org.innoport.tasks.Portfolio.Report;
import org.innoport.tasks.TaskLevel;
import org.innoport.tasks.TaskRegistry;
import org.innoport.tasks.TaskRegistry.RegistryForm;
import org.innoport.tasks.TaskRegistry.RegistryView;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks/portfolio?groupBy=level|programme|field|hostType|year|status|source&level=&from=&to=}
 * (up to three groupings joined by commas, e.g. {@code groupBy=year,source,programme})
 * (also {@code .csv} and {@code .xlsx}), {@code /api/v1/tasks/reconciliation?level=CITY&from=2013&to=2022} and the
 * registry of tasks without the workflow {@code /api/v1/tasks/registry}.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize("hasAnyRole('OFFICER', 'LEADER', 'ADMIN')")
class PortfolioApiController {

    private final Portfolio portfolio;
    private final TaskRegistry registry;
    private final org.innoport.tasks.RegistryImports imports;

    PortfolioApiController(Portfolio portfolio, TaskRegistry registry, org.innoport.tasks.RegistryImports imports) {
        this.portfolio = portfolio;
        this.registry = registry;
        this.imports = imports;
    }

    /** Starts an XLSX import of registry tasks as a job: 202 with {@code jobId} (follow {@code /api/v1/jobs/{id}}). */
    @PostMapping(path = "/registry/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    java.util.Map<String, Object> startImport(
            @org.springframework.web.bind.annotation.RequestPart("file")
            org.springframework.web.multipart.MultipartFile file,
            org.springframework.security.core.Authentication auth) throws IOException {
        java.util.UUID job = imports.start(auth.getName(), file.getBytes());
        return java.util.Map.of("jobId", job, "statusUrl", "/api/v1/jobs/" + job,
                "errorsUrl", "/api/v1/tasks/registry/imports/" + job + "/errors");
    }

    @GetMapping("/registry/imports/{jobId}/errors")
    java.util.List<org.innoport.tasks.RegistryImports.RowError> importErrors(
            @org.springframework.web.bind.annotation.PathVariable java.util.UUID jobId) {
        return imports.errors(jobId);
    }

    @GetMapping("/portfolio")
    Report report(@RequestParam(required = false) String groupBy, @RequestParam(required = false) TaskLevel level,
                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return portfolio.report(groupBy, level, from, to);
    }

    @GetMapping("/portfolio.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String groupBy,
                               @RequestParam(required = false) TaskLevel level,
                               @RequestParam(required = false) Integer from,
                               @RequestParam(required = false) Integer to) {
        Report report = portfolio.report(groupBy, level, from, to);
        StringBuilder csv = new StringBuilder("key,tasks,state,counterpart,other,mobilised,total,share_of_total,"
                + "state_share,mobilised_share\r\n");
        java.util.stream.Stream.concat(report.rows().stream(), java.util.stream.Stream.of(report.totals()))
                .forEach(r -> csv.append(quote(r.key())).append(',').append(r.tasks()).append(',')
                        .append(r.state().dong()).append(',').append(r.counterpart().dong()).append(',')
                        .append(r.other().dong()).append(',').append(r.mobilised().dong()).append(',')
                        .append(r.total().dong()).append(',').append(text(r.shareOfTotal())).append(',')
                        .append(text(r.stateShare())).append(',').append(text(r.mobilisedShare())).append("\r\n"));
        return file(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), "portfolio.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/portfolio.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String groupBy,
                                @RequestParam(required = false) TaskLevel level,
                                @RequestParam(required = false) Integer from,
                                @RequestParam(required = false) Integer to) throws IOException {
        Report report = portfolio.report(groupBy, level, from, to);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("portfolio");
            String[] head = {"key", "tasks", "state", "counterpart", "other", "mobilised", "total",
                "share_of_total", "state_share", "mobilised_share"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                header.createCell(i).setCellValue(head[i]);
            }
            int n = 1;
            for (Portfolio.Row r : java.util.stream.Stream.concat(report.rows().stream(),
                    java.util.stream.Stream.of(report.totals())).toList()) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.key());
                row.createCell(1).setCellValue(r.tasks());
                row.createCell(2).setCellValue(r.state().dong());
                row.createCell(3).setCellValue(r.counterpart().dong());
                row.createCell(4).setCellValue(r.other().dong());
                row.createCell(5).setCellValue(r.mobilised().dong());
                row.createCell(6).setCellValue(r.total().dong());
                row.createCell(7).setCellValue(text(r.shareOfTotal()));
                row.createCell(8).setCellValue(text(r.stateShare()));
                row.createCell(9).setCellValue(text(r.mobilisedShare()));
            }
            book.write(out);
            return file(out.toByteArray(), "portfolio.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }

    @GetMapping("/reconciliation")
    Reconciliation reconciliation(@RequestParam(defaultValue = "CITY") TaskLevel level,
                                  @RequestParam(defaultValue = "2013") int from,
                                  @RequestParam(defaultValue = "2022") int to) {
        return portfolio.reconcile(level, from, to);
    }

    @GetMapping("/registry")
    PageResponse<RegistryView> registry(@RequestParam(required = false) TaskLevel level,
                                        @RequestParam(required = false) String q,
                                        @PageableDefault(size = 20, sort = "code") Pageable pageable) {
        return PageResponse.of(registry.list(level, q, pageable));
    }

    @PostMapping("/registry")
    @ResponseStatus(HttpStatus.CREATED)
    RegistryView register(@Valid @RequestBody RegistryForm form) {
        return registry.register(form);
    }

    private static String quote(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
