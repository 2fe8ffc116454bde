package org.innoport.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.DuplicateCandidate;
import org.innoport.directory.OrganisationDetails;
import org.innoport.directory.OrganisationStatus;
import org.innoport.directory.OrganisationType;
import org.innoport.directory.OrganisationView;
import org.innoport.directory.Organisations;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

/** {@code /api/v1/organisations}: public reads, officer writes, duplicate candidates, merge. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    PageResponse<OrganisationView> list(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) OrganisationType type,
                                        @RequestParam(required = false) String province,
                                        @RequestParam(required = false) String field,
                                        @RequestParam(required = false) Boolean scienceTechnology,
                                        @RequestParam(required = false) OrganisationStatus status,
                                        @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(organisations.list(
                new OrganisationQuery(q, type, province, field, scienceTechnology, status), pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationView create(@Valid @RequestBody OrganisationDetails details,
                            @RequestParam(defaultValue = "false") boolean confirmDuplicates) {
        return organisations.create(details, confirmDuplicates);
    }

    @GetMapping("/{id}")
    OrganisationView get(@PathVariable UUID id) {
        return organisations.get(id);
    }

    @PutMapping("/{id}")
    OrganisationView update(@PathVariable UUID id, @Valid @RequestBody OrganisationDetails details) {
        return organisations.update(id, details);
    }

    @PostMapping("/{id}/change-status")
    OrganisationView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
        return organisations.changeStatus(id, change.version(), change.status());
    }

    @PostMapping("/{id}/merge")
    OrganisationView merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest merge) {
        return organisations.merge(id, merge.version(), merge.targetId());
    }

    @GetMapping("/duplicate-candidates")
    List<DuplicateCandidate> candidates(@RequestParam String name, @RequestParam(required = false) UUID excludeId) {
        return organisations.candidates(name, excludeId);
    }

    @GetMapping("/statistics")
    Map<String, Long> statistics() {
        return Map.of("scienceTechnologyOrganisations", organisations.countScienceTechnologyOrganisations());
    }

    /** Body of {@code change-status}. */
    record StatusChange(@NotNull OrganisationStatus status, @NotNull Long version) {
    }
}
