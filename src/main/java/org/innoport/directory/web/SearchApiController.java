package org.innoport.directory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.innoport.directory.Classifications;
import org.innoport.directory.DirectorySearch;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search}: one Vietnamese-aware search over the directory, with facets by kind and field. */
@RestController
@Validated
class SearchApiController {

    private final DirectorySearch search;
    private final Classifications classifications;

    SearchApiController(DirectorySearch search, Classifications classifications) {
        this.search = search;
        this.classifications = classifications;
    }

    @GetMapping("/api/v1/search")
    DirectorySearch.Results search(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String field,
                                   @RequestParam(required = false) String sort,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return search.search(q, type, field, sort != null && sort.startsWith("name"), page, size);
    }

    /** The TT 24/2025 classification: 6 fields and their sectors. */
    @GetMapping("/api/v1/classifications")
    List<Classifications.Entry> classifications() {
        return classifications.all();
    }
}
