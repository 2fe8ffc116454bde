package org.innoport.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.DuplicateCandidate;
import org.innoport.directory.People;
import org.innoport.directory.PersonDetails;
import org.innoport.directory.PersonView;
import org.innoport.directory.Queries.PersonQuery;
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

/** {@code /api/v1/people}: signed-in reads (personal data for staff and the person only), officer writes. */
@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

    private final People people;

    PersonApiController(People people) {
        this.people = people;
    }

    @GetMapping
    PageResponse<PersonView> list(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) UUID organisationId,
                                  @RequestParam(required = false) String field,
                                  @RequestParam(required = false) Boolean expert,
                                  @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(people.list(new PersonQuery(q, organisationId, field, expert), pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonView create(@Valid @RequestBody PersonDetails details,
                      @RequestParam(defaultValue = "false") boolean confirmDuplicates) {
        return people.create(details, confirmDuplicates);
    }

    @GetMapping("/{id}")
    PersonView get(@PathVariable UUID id) {
        return people.get(id);
    }

    @PutMapping("/{id}")
    PersonView update(@PathVariable UUID id, @Valid @RequestBody PersonDetails details) {
        return people.update(id, details);
    }

    @PostMapping("/{id}/add-to-expert-pool")
    PersonView addToExpertPool(@PathVariable UUID id, @Valid @RequestBody ExpertPoolRequest request) {
        return people.addToExpertPool(id, request.version(), request.fields(), request.note());
    }

    @PostMapping("/{id}/remove-from-expert-pool")
    PersonView removeFromExpertPool(@PathVariable UUID id, @Valid @RequestBody VersionOnly request) {
        return people.removeFromExpertPool(id, request.version());
    }

    @PostMapping("/{id}/merge")
    PersonView merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest merge) {
        return people.merge(id, merge.version(), merge.targetId());
    }

    @GetMapping("/duplicate-candidates")
    List<DuplicateCandidate> candidates(@RequestParam String name, @RequestParam(required = false) UUID excludeId) {
        return people.candidates(name, excludeId);
    }

    /** Fields the expert may evaluate. */
    record ExpertPoolRequest(@NotEmpty Set<String> fields, @Size(max = 1000) String note, @NotNull Long version) {
    }

    /** A transition that needs only the version. */
    record VersionOnly(@NotNull Long version) {
    }
}
