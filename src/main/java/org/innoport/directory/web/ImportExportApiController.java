package org.innoport.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.innoport.directory.DirectoryExports;
import org.innoport.directory.DirectoryImports;
import org.innoport.directory.ImportMode;
import org.innoport.directory.ImportReport;
import org.innoport.directory.ImportResource;
import org.innoport.directory.LabStatus;
import org.innoport.directory.OrganisationStatus;
import org.innoport.directory.OrganisationType;
import org.innoport.directory.Queries;
import org.innoport.shared.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports ({@code POST /api/v1/{resources}/imports}, multipart {@code file} + {@code mode}), their reports and error
 * files, the templates, and the exports of every list ({@code GET /api/v1/{resources}/export?format=xlsx|csv}).
 */
@RestController
class ImportExportApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DirectoryImports imports;
    private final DirectoryExports exports;

    ImportExportApiController(DirectoryImports imports, DirectoryExports exports) {
        this.imports = imports;
        this.exports = exports;
    }

    /**
     * The job-shaped answer: state (QUEUED, RUNNING, COMPLETED or FAILED), percent, message, the job to follow, and
     * the report (final once the state is COMPLETED; its own state then says COMPLETED or REJECTED).
     */
    record ImportJob(UUID id, UUID jobId, String state, int percent, String message, ImportReport report) {
        static ImportJob of(ImportReport report) {
            String state = switch (report.state()) {
                case QUEUED, RUNNING, FAILED -> report.state().name();
                case COMPLETED, REJECTED -> "COMPLETED";
            };
            return new ImportJob(report.id(), report.jobId(), state, report.percent(), report.message(), report);
        }
    }

    @PostMapping(path = "/api/v1/{resources:organisations|people|labs}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> importFile(@PathVariable String resources, @RequestParam(required = false) MultipartFile file,
                                         @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("file", "directory.import.empty");
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport started = imports.start(ImportResource.ofPath(resources), in, file.getOriginalFilename(), mode, locale);
            return ResponseEntity.accepted().location(URI.create("/api/v1/" + resources + "/imports/" + started.id()))
                    .body(ImportJob.of(started));
        }
    }

    @GetMapping("/api/v1/{resources:organisations|people|labs}/imports/{id}")
    ImportJob report(@PathVariable String resources, @PathVariable UUID id, Locale locale) {
        return ImportJob.of(imports.report(ImportResource.ofPath(resources), id, locale));
    }

    @GetMapping("/api/v1/{resources:organisations|people|labs}/imports/{id}/errors")
    void errors(@PathVariable String resources, @PathVariable UUID id, @RequestParam(defaultValue = "csv") String format,
                Locale locale, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        download(response, "import-errors-" + id + (xlsx ? ".xlsx" : ".csv"), xlsx);
        imports.writeErrors(ImportResource.ofPath(resources), id, xlsx, response.getOutputStream(), locale);
    }

    @GetMapping("/api/v1/{resources:organisations|people|labs}/imports/template")
    void template(@PathVariable String resources, Locale locale, HttpServletResponse response) throws IOException {
        download(response, "template-" + resources + ".xlsx", true);
        imports.writeTemplate(ImportResource.ofPath(resources), response.getOutputStream(), locale);
    }

    @GetMapping("/api/v1/organisations/export")
    void exportOrganisations(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationType type,
                             @RequestParam(required = false) String province, @RequestParam(required = false) String field,
                             @RequestParam(required = false) Boolean scienceTechnology,
                             @RequestParam(required = false) OrganisationStatus status,
                             @RequestParam(defaultValue = "xlsx") String format, Sort sort, Locale locale,
                             HttpServletResponse response) throws IOException {
        var f = format(format);
        download(response, "organisations." + f.name().toLowerCase(Locale.ROOT), f == DirectoryExports.Format.XLSX);
        exports.organisations(new Queries.OrganisationQuery(q, type, province, field, scienceTechnology, status), sort, f,
                response.getOutputStream(), locale);
    }

    @GetMapping("/api/v1/people/export")
    void exportPeople(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organisationId,
                      @RequestParam(required = false) String field, @RequestParam(required = false) Boolean expert,
                      @RequestParam(defaultValue = "xlsx") String format, Sort sort, Locale locale,
                      HttpServletResponse response) throws IOException {
        var f = format(format);
        download(response, "people." + f.name().toLowerCase(Locale.ROOT), f == DirectoryExports.Format.XLSX);
        exports.people(new Queries.PersonQuery(q, organisationId, field, expert), sort, f, response.getOutputStream(), locale);
    }

    @GetMapping("/api/v1/labs/export")
    void exportLabs(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organisationId,
                    @RequestParam(required = false) String field, @RequestParam(required = false) LabStatus status,
                    @RequestParam(defaultValue = "xlsx") String format, Sort sort, Locale locale,
                    HttpServletResponse response) throws IOException {
        var f = format(format);
        download(response, "labs." + f.name().toLowerCase(Locale.ROOT), f == DirectoryExports.Format.XLSX);
        exports.labs(new Queries.LabQuery(q, organisationId, field, status), sort, f, response.getOutputStream(), locale);
    }

    @GetMapping("/api/v1/equipment/export")
    void exportEquipment(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organisationId,
                         @RequestParam(required = false) UUID labId, @RequestParam(required = false) String category,
                         @RequestParam(required = false) Boolean shareable,
                         @RequestParam(defaultValue = "xlsx") String format, Sort sort, Locale locale,
                         HttpServletResponse response) throws IOException {
        var f = format(format);
        download(response, "equipment." + f.name().toLowerCase(Locale.ROOT), f == DirectoryExports.Format.XLSX);
        exports.equipment(new Queries.EquipmentQuery(q, organisationId, labId, category, shareable), sort, f,
                response.getOutputStream(), locale);
    }

    private static DirectoryExports.Format format(String format) {
        return "csv".equalsIgnoreCase(format) ? DirectoryExports.Format.CSV : DirectoryExports.Format.XLSX;
    }

    private static void download(HttpServletResponse response, String fileName, boolean xlsx) {
        response.setContentType(xlsx ? XLSX : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
