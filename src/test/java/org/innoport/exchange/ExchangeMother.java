package org.innoport.exchange;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Listings for tests, each with a unique pronounceable token so that shared test data never collides. */
public final class ExchangeMother {

    /** Trường Đại học Hàng hải Việt Nam, the demo "applicant" user's organisation. */
    public static final UUID MARITIME = UUID.nameUUIDFromBytes(
            "organisation:Trường Đại học Hàng hải Việt Nam".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private ExchangeMother() {
    }

    /** A token of letters only (so that analyzers keep it whole), e.g. "qozvexki". */
    public static String token() {
        String letters = "bcdfghjklmnpqrstvxz";
        StringBuilder token = new StringBuilder("q");
        for (int i = 0; i < 7; i++) {
            token.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return token.toString();
    }

    public static ListingDetails offer(String title, String summary, String field) {
        return details(ListingKind.OFFER, ListingCategory.TECHNOLOGY, title, summary, field, 6);
    }

    public static ListingDetails request(String title, String summary, String field) {
        return details(ListingKind.REQUEST, ListingCategory.TECHNOLOGY, title, summary, field, 5);
    }

    public static ListingDetails details(ListingKind kind, ListingCategory category, String title, String summary,
                                         String field, Integer trl) {
        return new ListingDetails(kind, category, title, summary, null, field, List.of(), trl, IpStatus.KNOW_HOW,
                PriceKind.FIXED, 150_000_000L, null, "Hải Phòng", "Nguyễn Văn Bình", "binh@example.vn", "0225 3829 111",
                MARITIME, null);
    }

    public static ListingDetails withPrice(ListingDetails d, long price, long version) {
        return new ListingDetails(d.kind(), d.category(), d.title(), d.summary(), d.description(), d.field(),
                d.keywords(), d.trl(), d.ipStatus(), d.priceKind(), price, d.terms(), d.location(), d.contactName(),
                d.contactEmail(), d.contactPhone(), d.ownerOrganisationId(), version);
    }

    public static ListingDetails withSummary(ListingDetails d, String summary, long version) {
        return new ListingDetails(d.kind(), d.category(), d.title(), summary, d.description(), d.field(),
                d.keywords(), d.trl(), d.ipStatus(), d.priceKind(), d.priceVnd(), d.terms(), d.location(),
                d.contactName(), d.contactEmail(), d.contactPhone(), d.ownerOrganisationId(), version);
    }
}
