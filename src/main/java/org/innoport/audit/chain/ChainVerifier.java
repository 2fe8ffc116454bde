package org.innoport.audit.chain;

import org.innoport.audit.AuditEntry;
import org.innoport.audit.ChainVerification;

/**
 * Walks the trail row by row in chain order (ascending id), keeping only the previous hash, so memory stays constant
 * however long the trail is. Every row is counted; the first failure is kept.
 */
public final class ChainVerifier {

    private String expectedPrevious = EntryContent.GENESIS;
    private long rows;
    private long firstBrokenRow;
    private String reason;

    public void accept(AuditEntry entry) {
        rows++;
        if (reason == null) {
            if (!expectedPrevious.equals(entry.previousHash())) {
                fail(entry, ChainVerification.LINK_BROKEN);
            } else if (!EntryContent.of(entry).hash(entry.id(), entry.previousHash()).equals(entry.hash())) {
                fail(entry, ChainVerification.CONTENT_ALTERED);
            }
        }
        expectedPrevious = entry.hash();
    }

    public ChainVerification result() {
        return reason == null ? ChainVerification.intact(rows) : ChainVerification.broken(rows, firstBrokenRow, reason);
    }

    private void fail(AuditEntry entry, String why) {
        firstBrokenRow = entry.id();
        reason = why;
    }
}
