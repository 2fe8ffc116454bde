package org.innoport.directory.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.LabDetails;
import org.innoport.directory.LabStatus;
import org.innoport.directory.LabView;
import org.innoport.directory.Labs;
import org.innoport.directory.Queries.LabQuery;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/labs}: public reads with status, officer writes, "valid on date D" counts. */
@RestController
@RequestMapping("/api/v1/labs")
class LabApiController {

    private final Labs labs;

    LabApiController(Labs labs) {
        this.labs = labs;
    }

    @GetMapping
    PageResponse<LabView> list(@RequestParam(required = false) String q,
                               @RequestParam(required = false) UUID organisationId,
                               @RequestParam(required = false) String field,
                               @RequestParam(required = false) LabStatus status,
                               @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(labs.list(new LabQuery(q, organisationId, field, status), pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LabView create(@Valid @RequestBody LabDetails details) {
        return labs.create(details);
    }

    @GetMapping("/{id}")
    LabView get(@PathVariable UUID id) {
        return labs.get(id);
    }

    @PutMapping("/{id}")
    LabView update(@PathVariable UUID id, @Valid @RequestBody LabDetails details) {
        return labs.update(id, details);
    }

    /** How many labs were accredited on {@code date} (the seed reports 38 for 2024). */
    @GetMapping("/valid-count")
    Map<String, Object> validCount(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return Map.of("date", date, "count", labs.countValidOn(date));
    }
}
