package org.innoport.exchange;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innoport.exchange.*}.
 *
 * @param validityMonths how long a published listing stays visible before it expires (12, <em>default</em>)
 * @param reminderDays days before expiry on which the owner is reminded
 * @param priceEditNeedsReview whether changing a published listing's price sends it back to review (default yes)
 * @param matchNotificationThreshold minimum match score (0–1) that notifies a counterpart's owner
 */
@ConfigurationProperties("innoport.exchange")
public record ExchangeProperties(@DefaultValue("12") int validityMonths, @DefaultValue({"30", "7"}) List<Integer> reminderDays,
                                 @DefaultValue("true") boolean priceEditNeedsReview,
                                 @DefaultValue("0.45") double matchNotificationThreshold) {
}
