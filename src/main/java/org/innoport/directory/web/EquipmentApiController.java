package org.innoport.directory.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.innoport.directory.EquipmentDetails;
import org.innoport.directory.EquipmentRegister;
import org.innoport.directory.EquipmentView;
import org.innoport.directory.Queries.EquipmentQuery;
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

/** {@code /api/v1/equipment}: signed-in reads, officer writes. */
@RestController
@RequestMapping("/api/v1/equipment")
class EquipmentApiController {

    private final EquipmentRegister equipment;

    EquipmentApiController(EquipmentRegister equipment) {
        this.equipment = equipment;
    }

    @GetMapping
    PageResponse<EquipmentView> list(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) UUID organisationId,
                                     @RequestParam(required = false) UUID labId,
                                     @RequestParam(required = false) String category,
                                     @RequestParam(required = false) Boolean shareable,
                                     @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(equipment.list(new EquipmentQuery(q, organisationId, labId, category, shareable), pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EquipmentView create(@Valid @RequestBody EquipmentDetails details) {
        return equipment.create(details);
    }

    @GetMapping("/{id}")
    EquipmentView get(@PathVariable UUID id) {
        return equipment.get(id);
    }

    @PutMapping("/{id}")
    EquipmentView update(@PathVariable UUID id, @Valid @RequestBody EquipmentDetails details) {
        return equipment.update(id, details);
    }
}
