package org.innoport.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.innoport.audit.AuditEntry;
import org.innoport.audit.ChainVerification;
import org.junit.jupiter.api.Test;

class ChainVerifierTests {

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(new ChainVerifier().result()).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void aChainBuiltByTheRulesIsIntact() {
        assertThat(verify(chain(5))).isEqualTo(ChainVerification.intact(5));
    }

    @Test
    void reportsARowWhoseContentWasChangedAndStillCountsEveryRow() {
        List<AuditEntry> rows = chain(5);
        AuditEntry third = rows.get(2);
        rows.set(2, new AuditEntry(third.id(), third.occurredAt(), "someone-else", third.aggregateType(),
                third.aggregateId(), third.action(), third.beforeJson(), third.afterJson(), third.requestIp(),
                third.requestId(), third.previousHash(), third.hash()));
        assertThat(verify(rows)).isEqualTo(ChainVerification.broken(5, third.id(), ChainVerification.CONTENT_ALTERED));
    }

    @Test
    void reportsTheRowAfterARemovedOne() {
        List<AuditEntry> rows = chain(5);
        rows.remove(2);
        assertThat(verify(rows)).isEqualTo(ChainVerification.broken(4, rows.get(2).id(), ChainVerification.LINK_BROKEN));
    }

    @Test
    void reportsAFirstRowThatDoesNotStartFromGenesis() {
        List<AuditEntry> rows = chain(3);
        rows.removeFirst();
        assertThat(verify(rows).firstBrokenRow()).isEqualTo(rows.getFirst().id());
    }

    @Test
    void reportsOnlyTheFirstOfSeveralBreaks() {
        List<AuditEntry> rows = chain(6);
        rows.remove(4);
        rows.remove(1);
        assertThat(verify(rows).firstBrokenRow()).isEqualTo(3L);
    }

    @Test
    void reportsARowRehashedAfterEditingAtItsSuccessor() {
        List<AuditEntry> rows = chain(4);
        AuditEntry second = rows.get(1);
        EntryContent edited = new EntryContent(second.occurredAt(), "forger", second.aggregateType(),
                second.aggregateId(), second.action(), second.beforeJson(), second.afterJson(), second.requestIp(),
                second.requestId());
        rows.set(1, new AuditEntry(second.id(), second.occurredAt(), "forger", second.aggregateType(),
                second.aggregateId(), second.action(), second.beforeJson(), second.afterJson(), second.requestIp(),
                second.requestId(), second.previousHash(), edited.hash(second.id(), second.previousHash())));
        assertThat(verify(rows)).isEqualTo(ChainVerification.broken(4, 3, ChainVerification.LINK_BROKEN));
    }

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> rows = new ArrayList<>();
        String previous = EntryContent.GENESIS;
        for (long id = 1; id <= length; id++) {
            EntryContent content = new EntryContent(Instant.parse("2026-11-26T00:00:00Z").plusSeconds(id), "officer",
                    "Task", "T-" + id, "task.updated", "{\"n\":" + (id - 1) + "}", "{\"n\":" + id + "}", "10.0.0.1",
                    "req-" + id);
            String hash = content.hash(id, previous);
            rows.add(new AuditEntry(id, content.occurredAt(), content.actor(), content.aggregateType(),
                    content.aggregateId(), content.action(), content.beforeJson(), content.afterJson(),
                    content.requestIp(), content.requestId(), previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static ChainVerification verify(List<AuditEntry> rows) {
        ChainVerifier verifier = new ChainVerifier();
        rows.forEach(verifier::accept);
        return verifier.result();
    }
}
