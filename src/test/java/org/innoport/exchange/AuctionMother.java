package org.innoport.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Auction requests for tests, relative to the test clock. */
public final class AuctionMother {

    public static final long START = 1_000_000_000L;
    public static final long STEP = 10_000_000L;

    private AuctionMother() {
    }

    /** Registration now → +1 h; bidding +1 h → +1 day. */
    public static Map<String, Object> auction(Instant now, String format, Long reserve) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Đấu giá quyền sử dụng sáng chế " + ExchangeMother.token());
        body.put("lotDescription", "Kết quả nhiệm vụ KH&CN cấp thành phố: quy trình sản xuất chế phẩm vi sinh");
        body.put("auctionOrganisationId", ExchangeMother.MARITIME);
        body.put("format", format);
        body.put("startingPriceVnd", START);
        body.put("bidStepVnd", STEP);
        body.put("reservePriceVnd", reserve);
        body.put("depositVnd", START / 10);
        body.put("registrationOpensAt", now.minusSeconds(60));
        body.put("registrationClosesAt", now.plus(Duration.ofHours(1)));
        body.put("biddingOpensAt", now.plus(Duration.ofHours(1)));
        body.put("biddingEndsAt", now.plus(Duration.ofDays(1)));
        return body;
    }
}
