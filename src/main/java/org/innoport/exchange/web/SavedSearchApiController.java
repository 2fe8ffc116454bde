package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.SavedSearchView;
import org.innoport.exchange.SavedSearches;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/saved-searches}: the signed-in user's saved searches. */
@RestController
@RequestMapping("/api/v1/saved-searches")
class SavedSearchApiController {

    private final SavedSearches searches;

    SavedSearchApiController(SavedSearches searches) {
        this.searches = searches;
    }

    @GetMapping
    List<SavedSearchView> mine() {
        return searches.mine();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SavedSearchView save(@Valid @RequestBody SavedSearches.NewSavedSearch search) {
        return searches.save(search);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        searches.delete(id);
    }
}
