package org.innoport.tasks.web;

import java.util.List;
import java.util.UUID;
import org.innoport.tasks.Programmes;
import org.innoport.tasks.Views.ProgrammeView;
import org.innoport.tasks.Views.ProgrammeYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/programmes}: the city's programmes (public reads). */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

    private final Programmes programmes;

    ProgrammeApiController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    List<ProgrammeView> list() {
        return programmes.all();
    }

    @GetMapping("/{id}")
    ProgrammeView get(@PathVariable UUID id) {
        return programmes.get(id);
    }

    /** Ceiling, approved and remaining state budget per fiscal year. */
    @GetMapping("/{id}/years")
    List<ProgrammeYear> years(@PathVariable UUID id) {
        return programmes.years(id);
    }
}
