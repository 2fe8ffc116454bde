package org.innoport.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The state of an auction read once per live push and shared by all its viewers; {@link #as(Actor)} cuts out what
 * one viewer may see. Holds no reserve price and no other bidder's amounts.
 *
 * @param registrations each registered organisation's registration status
 * @param leadingOrganisationId the organisation of the best English bid while bidding (null otherwise)
 * @param biddingOrganisations the organisations that have placed at least one bid
 */
public record AuctionBoard(UUID auctionId, AuctionStatus status, AuctionFormat format, Long bestAmountVnd,
                           Long minimumNextBidVnd, int bidCount, Instant now, Instant biddingEndsAt,
                           AuctionResult result, long version, Map<UUID, BidderStatus> registrations,
                           UUID leadingOrganisationId, Set<UUID> biddingOrganisations) {

    public AuctionLive as(Actor viewer) {
        boolean english = format == AuctionFormat.ENGLISH;
        boolean finished = status == AuctionStatus.CLOSED || status == AuctionStatus.FAILED;
        return new AuctionLive(auctionId, status, format, english || finished ? bestAmountVnd : null,
                english && status == AuctionStatus.BIDDING ? minimumNextBidVnd : null, bidCount, now, biddingEndsAt,
                standing(viewer.organisationId()), result == null ? null : result.outcome(),
                result == null ? null : result.priceVnd(), version);
    }

    private BidderStanding standing(UUID organisation) {
        if (organisation == null) {
            return null;
        }
        if (registrations.get(organisation) != BidderStatus.QUALIFIED) {
            return BidderStanding.NOT_QUALIFIED;
        }
        if (status == AuctionStatus.CLOSED) {
            return result != null && organisation.equals(result.winnerOrganisationId()) ? BidderStanding.WON
                    : BidderStanding.LOST;
        }
        if (!biddingOrganisations.contains(organisation)) {
            return BidderStanding.QUALIFIED;
        }
        if (format == AuctionFormat.SEALED) {
            return BidderStanding.SEALED_BID_PLACED;
        }
        return organisation.equals(leadingOrganisationId) ? BidderStanding.LEADING : BidderStanding.OUTBID;
    }
}
