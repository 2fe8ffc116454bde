package org.innoport.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of walking the whole hash chain.
 *
 * @param valid true when every row matches its hash and links to the row before it
 * @param rows how many rows the trail holds (all of them were read)
 * @param firstBrokenRow the ID of the first row that fails, or null when valid
 * @param reason why that row fails: {@value #CONTENT_ALTERED} (its content no longer matches its hash) or
 *     {@value #LINK_BROKEN} (it does not point at the row before it: a row was removed, inserted or reordered);
 *     null when valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long rows, Long firstBrokenRow, String reason) {

    public static final String CONTENT_ALTERED = "content-altered";
    public static final String LINK_BROKEN = "link-broken";

    public static ChainVerification intact(long rows) {
        return new ChainVerification(true, rows, null, null);
    }

    public static ChainVerification broken(long rows, long firstBrokenRow, String reason) {
        return new ChainVerification(false, rows, firstBrokenRow, reason);
    }
}
