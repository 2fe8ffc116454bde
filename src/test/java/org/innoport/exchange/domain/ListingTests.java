package org.innoport.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.IpStatus;
import org.innoport.exchange.ListingAction;
import org.innoport.exchange.ListingCategory;
import org.innoport.exchange.ListingDetails;
import org.innoport.exchange.ListingKind;
import org.innoport.exchange.ListingStatus;
import org.innoport.exchange.PriceKind;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The listing lifecycle rules, on the aggregate alone. */
class ListingTests {

    static final Instant T0 = Instant.parse("2026-01-10T03:00:00Z");

    static ListingDetails details(long price) {
        return new ListingDetails(ListingKind.OFFER, ListingCategory.EQUIPMENT, "Máy sấy lúa", "Máy sấy lúa 10 tấn",
                null, "401", List.of("sấy", "lúa"), 7, IpStatus.NONE, PriceKind.FIXED, price, null, "Hải Phòng", null,
                null, null, null, 0L);
    }

    static Listing published() {
        Listing listing = new Listing(UUID.randomUUID(), details(100), UUID.randomUUID(), "applicant", false, T0);
        listing.submit(T0);
        listing.approve(12, T0);
        return listing;
    }

    @Test
    void aDraftGoesThroughReviewToPublicationForTwelveMonths() {
        Listing listing = published();
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.getPublishedAt()).isEqualTo(T0);
        assertThat(listing.getExpiresAt()).isEqualTo(Instant.parse("2027-01-10T03:00:00Z"));
    }

    @Test
    void aDraftCannotBeApprovedWithoutReview() {
        Listing listing = new Listing(UUID.randomUUID(), details(100), UUID.randomUUID(), "applicant", false, T0);
        assertThatThrownBy(() -> listing.approve(12, T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> listing.close(5L, T0)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aReturnNeedsReasonsAndGoesBackToDraftWithThem() {
        Listing listing = new Listing(UUID.randomUUID(), details(100), UUID.randomUUID(), "applicant", false, T0);
        listing.submit(T0);
        assertThatThrownBy(() -> listing.returnForChanges(" ", T0)).isInstanceOf(RuleViolationException.class);
        listing.returnForChanges("Thiếu ảnh thiết bị", T0);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listing.getReturnReasons()).isEqualTo("Thiếu ảnh thiết bị");
        listing.submit(T0);
        assertThat(listing.getReturnReasons()).isNull();
    }

    @Test
    void changingThePriceOfAPublishedListingSendsItBackToReviewButOtherEditsDoNot() {
        Listing listing = published();
        assertThat(listing.edit(details(100), true, T0)).isEqualTo(ListingAction.EDIT);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.edit(details(200), true, T0)).isEqualTo(ListingAction.REVIEW_AGAIN);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PENDING_REVIEW);
        Instant expiry = listing.getExpiresAt();
        listing.approve(12, T0.plus(Duration.ofDays(3)));
        assertThat(listing.getExpiresAt()).as("re-approval keeps the running period").isEqualTo(expiry);
    }

    @Test
    void thePriceRuleCanBeSwitchedOff() {
        Listing listing = published();
        listing.edit(details(300), false, T0);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void remindersComeThirtyAndSevenDaysBeforeExpiryOnceEach() {
        Listing listing = published();
        Instant expiry = listing.getExpiresAt();
        assertThat(listing.takeReminder(30, expiry.minus(Duration.ofDays(31)))).isFalse();
        assertThat(listing.takeReminder(30, expiry.minus(Duration.ofDays(30)))).isTrue();
        assertThat(listing.takeReminder(30, expiry.minus(Duration.ofDays(29)))).isFalse();
        assertThat(listing.takeReminder(7, expiry.minus(Duration.ofDays(8)))).isFalse();
        assertThat(listing.takeReminder(7, expiry.minus(Duration.ofDays(7)))).isTrue();
        assertThat(listing.takeReminder(7, expiry.minus(Duration.ofDays(6)))).isFalse();
    }

    @Test
    void aListingExpiresOnlyWhenItsTimeHasRunOutAndCanThenBeRenewed() {
        Listing listing = published();
        Instant expiry = listing.getExpiresAt();
        assertThatThrownBy(() -> listing.expire(expiry.minusSeconds(1))).isInstanceOf(IllegalTransitionException.class);
        listing.expire(expiry);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.EXPIRED);
        Instant later = expiry.plus(Duration.ofDays(10));
        listing.renew(12, later);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.getExpiresAt()).isEqualTo(Instant.parse("2028-01-20T03:00:00Z"));
        assertThat(listing.takeReminder(30, listing.getExpiresAt().minus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void renewingBeforeExpiryExtendsFromTheRunningExpiry() {
        Listing listing = published();
        listing.renew(12, T0.plus(Duration.ofDays(340)));
        assertThat(listing.getExpiresAt()).isEqualTo(Instant.parse("2028-01-10T03:00:00Z"));
    }

    @Test
    void withdrawnAndClosedListingsAreFinal() {
        Listing closed = published();
        closed.close(2_500_000_000L, T0);
        assertThat(closed.getDealValueVnd()).isEqualTo(2_500_000_000L);
        assertThatThrownBy(() -> closed.renew(12, T0)).isInstanceOf(IllegalTransitionException.class);
        Listing withdrawn = published();
        withdrawn.withdraw(T0);
        assertThatThrownBy(() -> withdrawn.edit(details(1), true, T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> withdrawn.submit(T0)).isInstanceOf(IllegalTransitionException.class);
    }
}
