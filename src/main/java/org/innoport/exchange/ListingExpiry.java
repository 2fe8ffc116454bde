package org.innoport.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innoport.exchange.domain.Listing;
import org.innoport.exchange.domain.ListingRepository;
import org.innoport.platform.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly: reminds owners {@link ExchangeProperties#reminderDays()} days before their listing expires (30 and 7 by
 * default, each once per publication period) and expires listings whose time has run out. Uses the injected clock.
 */
@Component
public class ListingExpiry {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ListingRepository listings;
    private final Notifications notifications;
    private final ExchangeActors actors;
    private final MessageSource messages;
    private final ExchangeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListingExpiry(ListingRepository listings, Notifications notifications, ExchangeActors actors,
                  MessageSource messages, ExchangeProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.listings = listings;
        this.notifications = notifications;
        this.actors = actors;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${innoport.exchange.expiry-interval:1h}", initialDelayString = "${innoport.exchange.expiry-initial-delay:5m}")
    public void run() {
        runAt(clock.instant());
    }

    /** One pass at {@code now}; returns how many reminders were sent and listings expired. */
    @Transactional
    public Result runAt(Instant now) {
        int longest = properties.reminderDays().stream().max(Comparator.naturalOrder()).orElse(0);
        int reminded = 0;
        int expired = 0;
        List<Integer> days = properties.reminderDays().stream().sorted().toList();
        for (Listing listing : listings.findPublishedExpiringBefore(now.plus(Duration.ofDays(longest)))) {
            if (!listing.getExpiresAt().isAfter(now)) {
                listing.expire(now);
                events.publishEvent(new ListingChanged(listing.getId(), ListingAction.EXPIRE, ListingStatus.PUBLISHED,
                        ListingStatus.EXPIRED, Map.of("status", ListingStatus.PUBLISHED), Map.of("status", ListingStatus.EXPIRED)));
                notify(listing, "exchange.notification.expired");
                expired++;
                continue;
            }
            // the nearest due reminder only: a listing published 5 days before expiry gets the 7-day one, not both
            for (int d : days) {
                if (listing.takeReminder(d, now)) {
                    notify(listing, "exchange.notification.reminder");
                    reminded++;
                    break;
                }
            }
        }
        return new Result(reminded, expired);
    }

    private void notify(Listing listing, String key) {
        String recipient = listing.getCreatedBy();
        if (recipient == null) {
            return;
        }
        Object[] args = {listing.getTitle(), DATE.format(listing.getExpiresAt()), "/exchange/listings/" + listing.getId()};
        notifications.send(recipient, actors.emailOf(recipient), messages.getMessage(key + ".subject", args, VIETNAMESE),
                messages.getMessage(key + ".body", args, VIETNAMESE));
    }

    /** What one pass did. */
    public record Result(int reminded, int expired) {
    }
}
