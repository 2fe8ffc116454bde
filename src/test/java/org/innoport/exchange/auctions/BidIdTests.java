package org.innoport.exchange.auctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A bid with an idempotency key has the id its auction and key give, so that a replay is found by primary key. */
class BidIdTests {

    final UUID auction = UUID.randomUUID();

    @Test
    void theSameKeyInTheSameAuctionGivesTheSameId() {
        assertThat(BidSequencer.bidId(auction, "a-1")).isEqualTo(BidSequencer.bidId(auction, "a-1"));
    }

    @Test
    void anotherKeyOrAnotherAuctionGivesAnotherId() {
        assertThat(BidSequencer.bidId(auction, "a-1")).isNotEqualTo(BidSequencer.bidId(auction, "a-2"))
                .isNotEqualTo(BidSequencer.bidId(UUID.randomUUID(), "a-1"));
    }

    @Test
    void aBidWithoutKeyGetsARandomId() {
        UUID first = BidSequencer.bidId(auction, null);
        assertThat(first.version()).isEqualTo(4);
        assertThat(BidSequencer.bidId(auction, null)).isNotEqualTo(first);
        assertThat(BidSequencer.bidId(auction, "a-1").version()).isEqualTo(3);
    }
}
