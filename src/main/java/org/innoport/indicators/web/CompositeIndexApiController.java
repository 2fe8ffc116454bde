package org.innoport.indicators.web;

import static org.innoport.indicators.web.CompositeErrors.checked;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeFrameworkView;
import org.innoport.indicators.CompositeIndices;
import org.innoport.indicators.CompositeIndices.Format;
import org.innoport.indicators.CompositeRunRequest;
import org.innoport.indicators.CompositeRunSummary;
import org.innoport.indicators.CompositeRunView;
import org.innoport.indicators.CompositeSettings;
import org.innoport.indicators.InvalidCompositeInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/composite-indices}: frameworks (JSON, or a CSV/XLSX file), runs over raw data (JSON or files) with
 * every node's score and rank for every unit and the differences from published scores. Officers and administrators
 * write; leaders read. A wrong tree or wrong data is answered 400 with every problem as a field error.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','LEADER','ADMIN')")
class CompositeIndexApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CompositeIndices indices;

    CompositeIndexApiController(CompositeIndices indices) {
        this.indices = indices;
    }

    @GetMapping("/api/v1/composite-indices")
    List<CompositeFrameworkView> frameworks() {
        return indices.frameworks();
    }

    @PostMapping(path = "/api/v1/composite-indices", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    CompositeFrameworkView define(@RequestBody CompositeFrameworkDefinition definition, Authentication user)
            throws BindException {
        return checked(() -> indices.define(definition, user.getName()));
    }

    /** The framework as a file (the table of the template: code, parent, kind, names, weight, direction, role). */
    @PostMapping(path = "/api/v1/composite-indices", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    CompositeFrameworkView importFramework(@RequestPart(name = "file", required = false) MultipartFile file,
                                           Authentication user) throws BindException, IOException {
        MultipartFile f = required(file);
        try (InputStream in = f.getInputStream()) {
            return checked(() -> indices.importFramework(in, f.getOriginalFilename(), user.getName()));
        }
    }

    @GetMapping("/api/v1/composite-indices/{id}")
    CompositeFrameworkView framework(@PathVariable UUID id) {
        return indices.framework(id);
    }

    /** {@code format} csv or xlsx. */
    @GetMapping("/api/v1/composite-indices/{id}/framework.{format}")
    void exportFramework(@PathVariable UUID id, @PathVariable String format, HttpServletResponse response)
            throws IOException, BindException {
        Format f = checked(() -> Format.of("." + format));
        indices.framework(id);
        indices.exportFramework(id, f, download(response, f, "framework"));
    }

    @GetMapping("/api/v1/composite-indices/{id}/data-template.{format}")
    void exportDataTemplate(@PathVariable UUID id, @PathVariable String format, HttpServletResponse response)
            throws IOException, BindException {
        Format f = checked(() -> Format.of("." + format));
        indices.framework(id);
        indices.exportDataTemplate(id, f, download(response, f, "data"));
    }

    @GetMapping("/api/v1/composite-indices/template.{format}")
    void exportTemplate(@PathVariable String format, HttpServletResponse response) throws IOException, BindException {
        Format f = checked(() -> Format.of("." + format));
        indices.exportTemplate(f, download(response, f, "pii-template"));
    }

    @PostMapping(path = "/api/v1/composite-indices/{id}/runs", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    CompositeRunView run(@PathVariable UUID id, @RequestBody CompositeRunRequest request, Authentication user)
            throws BindException {
        return checked(() -> indices.run(id, request, user.getName()));
    }

    /** Raw data (and optionally published scores) as files: {@code unit} then one column per indicator (node). */
    @PostMapping(path = "/api/v1/composite-indices/{id}/runs", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    CompositeRunView runFromFiles(@PathVariable UUID id,
                                  @RequestPart(name = "data", required = false) MultipartFile data,
                                  @RequestPart(name = "published", required = false) MultipartFile published,
                                  @RequestParam(required = false) String label,
                                  @RequestParam(required = false) Double maxMissingShare, Authentication user)
            throws BindException, IOException {
        MultipartFile d = required(data);
        boolean withPublished = published != null && !published.isEmpty();
        CompositeSettings settings = new CompositeSettings(null, null, null, maxMissingShare, null);
        try (InputStream in = d.getInputStream(); InputStream pub = withPublished ? published.getInputStream() : null) {
            return checked(() -> indices.run(id, in, d.getOriginalFilename(), pub,
                    withPublished ? published.getOriginalFilename() : null, label, settings, user.getName()));
        }
    }

    @GetMapping("/api/v1/composite-indices/{id}/runs")
    List<CompositeRunSummary> runs(@PathVariable UUID id) {
        return indices.runs(id);
    }

    @GetMapping("/api/v1/composite-indices/{id}/runs/{runId}")
    CompositeRunView run(@PathVariable UUID id, @PathVariable UUID runId) {
        return indices.run(id, runId);
    }

    @GetMapping("/api/v1/composite-indices/{id}/runs/{runId}/scores.{format}")
    void scores(@PathVariable UUID id, @PathVariable UUID runId, @PathVariable String format,
                HttpServletResponse response) throws IOException, BindException {
        Format f = checked(() -> Format.of("." + format));
        indices.run(id, runId);
        indices.exportScores(id, runId, f, download(response, f, "scores"));
    }

    private static MultipartFile required(MultipartFile file) throws BindException {
        if (file == null || file.isEmpty()) {
            throw CompositeErrors.bindException(new InvalidCompositeInputException(List.of(
                    new InvalidCompositeInputException.Problem("file", "indicators.composite.file.required"))),
                    "composite");
        }
        return file;
    }

    private static java.io.OutputStream download(HttpServletResponse response, Format format, String name)
            throws IOException {
        response.setContentType(format == Format.CSV ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "."
                + format.name().toLowerCase(java.util.Locale.ROOT) + "\"");
        return response.getOutputStream();
    }
}
