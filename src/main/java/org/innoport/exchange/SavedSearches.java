package org.innoport.exchange;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.domain.SavedSearch;
import org.innoport.exchange.domain.SavedSearchRepository;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signed-in users keep searches; {@link MatchNotifier} tells them when a new listing matches one. */
@Service
@PreAuthorize("isAuthenticated()")
public class SavedSearches {

    private final SavedSearchRepository searches;
    private final ExchangeActors actors;
    private final Clock clock;

    SavedSearches(SavedSearchRepository searches, ExchangeActors actors, Clock clock) {
        this.searches = searches;
        this.actors = actors;
        this.clock = clock;
    }

    /** What to save: at least the text or one filter. */
    public record NewSavedSearch(@Size(max = 500) String q, ListingKind kind, ListingCategory category,
                                 @Size(max = 20) String field) {
    }

    @Transactional
    public SavedSearchView save(NewSavedSearch search) {
        boolean empty = (search.q() == null || search.q().isBlank()) && search.kind() == null
                && search.category() == null && (search.field() == null || search.field().isBlank());
        if (empty) {
            throw new RuleViolationException("q", "exchange.saved-search.empty");
        }
        SavedSearch saved = searches.save(new SavedSearch(UUID.randomUUID(), actors.current().username(),
                blankToNull(search.q()), search.kind(), search.category(), blankToNull(search.field()),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<SavedSearchView> mine() {
        return searches.findByUsernameOrderByCreatedAtDesc(actors.current().username()).stream().map(SavedSearches::view)
                .toList();
    }

    @Transactional
    public void delete(UUID id) {
        SavedSearch search = searches.findById(id).orElseThrow(() -> new NotFoundException("saved-search", id));
        if (!search.getUsername().equals(actors.current().username())) {
            throw new AccessDeniedException("Saved search " + id + " belongs to another user");
        }
        searches.delete(search);
    }

    static SavedSearchView view(SavedSearch s) {
        return new SavedSearchView(s.getId(), s.getQ(), s.getKind(), s.getCategory(), s.getField(), s.getCreatedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
