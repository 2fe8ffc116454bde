package org.innoport.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.exchange.domain.SavedSearch;
import org.innoport.exchange.domain.SavedSearchRepository;
import org.innoport.exchange.search.ListingText;
import org.innoport.platform.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a listing is published (and indexed): tells the owners of counterpart listings that match it well ("new
 * matches for my listing"), and the owners of saved searches it satisfies — through the notification outbox.
 */
@Component
class MatchNotifier {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext
    private EntityManager entityManager;

    private final ListingRepository listings;
    private final SavedSearchRepository savedSearches;
    private final ListingMatches matches;
    private final Notifications notifications;
    private final ExchangeActors actors;
    private final MessageSource messages;
    private final ExchangeProperties properties;

    MatchNotifier(ListingRepository listings, SavedSearchRepository savedSearches, ListingMatches matches,
                  Notifications notifications, ExchangeActors actors, MessageSource messages,
                  ExchangeProperties properties) {
        this.listings = listings;
        this.savedSearches = savedSearches;
        this.matches = matches;
        this.notifications = notifications;
        this.actors = actors;
        this.messages = messages;
        this.properties = properties;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ListingPublished published) {
        Listing listing = listings.findById(published.listingId()).orElse(null);
        if (listing == null || listing.getStatus() != ListingStatus.PUBLISHED) {
            return;
        }
        String link = "/exchange/listings/" + listing.getId();
        Set<String> told = new HashSet<>();
        for (Match match : matches.rank(listing, 20, false)) {
            if (match.score() < properties.matchNotificationThreshold()
                    || listing.getOwnerOrganisationId().equals(match.listing().ownerOrganisationId())) {
                continue;
            }
            Listing counterpart = listings.findById(match.listing().id()).orElseThrow();
            String recipient = counterpart.getCreatedBy();
            if (recipient != null && told.add(recipient + counterpart.getId())) {
                Object[] args = {counterpart.getTitle(), listing.getTitle(), String.format(Locale.ROOT, "%.2f", match.score()), link};
                send(recipient, "exchange.notification.match", args);
            }
        }
        for (SavedSearch search : savedSearches.findAll()) {
            if (matches(search, listing)) {
                String label = search.getQ() == null ? "" : search.getQ();
                send(search.getUsername(), "exchange.notification.saved-search", new Object[] {label, listing.getTitle(), link});
            }
        }
    }

    private boolean matches(SavedSearch search, Listing listing) {
        if ((search.getKind() != null && search.getKind() != listing.getKind())
                || (search.getCategory() != null && search.getCategory() != listing.getCategory())
                || (search.getField() != null && !search.getField().equals(listing.getField()))) {
            return false;
        }
        if (search.getQ() == null) {
            return true;
        }
        return Search.session(entityManager).search(Listing.class).where((f, root) -> {
            root.add(f.id().matching(listing.getId()));
            root.add(ListingText.predicate(f, search.getQ()));
        }).fetchTotalHitCount() > 0;
    }

    private void send(String recipient, String key, Object[] args) {
        notifications.send(recipient, actors.emailOf(recipient), messages.getMessage(key + ".subject", args, VIETNAMESE),
                messages.getMessage(key + ".body", args, VIETNAMESE));
    }
}
