package org.innoport.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EntryContentTests {

    static final Instant WHEN = Instant.parse("2026-11-26T03:04:05.123456789Z");

    static EntryContent sample() {
        return new EntryContent(WHEN, "officer", "Task", "ĐT.2026.014", "task.approved", "{\"status\":\"SUBMITTED\"}",
                "{\"status\":\"APPROVED\"}", "127.0.0.1", null);
    }

    @Test
    void writesEveryFieldLengthPrefixedInAFixedOrderWithTheTimestampInMicroseconds() {
        assertThat(sample().canonicalForm(42, EntryContent.GENESIS)).isEqualTo("""
                innoport-audit-v1
                id=2:42
                occurred_at=27:2026-11-26T03:04:05.123456Z
                actor=7:officer
                aggregate_type=4:Task
                aggregate_id=12:ĐT.2026.014
                action=13:task.approved
                before_json=22:{"status":"SUBMITTED"}
                after_json=21:{"status":"APPROVED"}
                request_ip=9:127.0.0.1
                request_id=~
                previous_hash=64:0000000000000000000000000000000000000000000000000000000000000000
                """);
    }

    @Test
    void hashesTheCanonicalFormWithSha256AsAnyOtherToolWould() {
        // Computed independently: python3 hashlib.sha256(canonical_form.encode("utf-8")).hexdigest()
        assertThat(sample().hash(42, EntryContent.GENESIS))
                .isEqualTo("2254a96538518556d78cd7cbb6d5763d5cbaaf8b10ed34ca1d6ffb54a4034459");
    }

    @Test
    void truncatesTheTimestampToMicrosecondsAsPostgresqlStoresIt() {
        EntryContent nanos = sample();
        EntryContent micros = new EntryContent(Instant.parse("2026-11-26T03:04:05.123456Z"), "officer", "Task",
                "ĐT.2026.014", "task.approved", "{\"status\":\"SUBMITTED\"}", "{\"status\":\"APPROVED\"}", "127.0.0.1",
                null);
        assertThat(nanos.occurredAt()).isEqualTo(micros.occurredAt());
        assertThat(nanos.hash(1, EntryContent.GENESIS)).isEqualTo(micros.hash(1, EntryContent.GENESIS));
    }

    @Test
    void tellsAMissingValueFromTheWordNullAndFromAnEmptyValue() {
        String missing = withRequestId(null).canonicalForm(1, EntryContent.GENESIS);
        String word = withRequestId("null").canonicalForm(1, EntryContent.GENESIS);
        String empty = withRequestId("").canonicalForm(1, EntryContent.GENESIS);
        assertThat(missing).contains("request_id=~\n");
        assertThat(word).contains("request_id=4:null\n");
        assertThat(empty).contains("request_id=0:\n");
    }

    @Test
    void changesWhenAnyFieldTheIdOrThePreviousHashChanges() {
        String original = sample().hash(42, EntryContent.GENESIS);
        assertThat(sample().hash(43, EntryContent.GENESIS)).isNotEqualTo(original);
        assertThat(sample().hash(42, "1" + EntryContent.GENESIS.substring(1))).isNotEqualTo(original);
        assertThat(withRequestId("r-1").hash(42, EntryContent.GENESIS)).isNotEqualTo(original);
        EntryContent otherActor = new EntryContent(WHEN, "officer2", "Task", "ĐT.2026.014", "task.approved",
                "{\"status\":\"SUBMITTED\"}", "{\"status\":\"APPROVED\"}", "127.0.0.1", null);
        assertThat(otherActor.hash(42, EntryContent.GENESIS)).isNotEqualTo(original);
        EntryContent otherTime = new EntryContent(WHEN.plusNanos(1_000), "officer", "Task", "ĐT.2026.014",
                "task.approved", "{\"status\":\"SUBMITTED\"}", "{\"status\":\"APPROVED\"}", "127.0.0.1", null);
        assertThat(otherTime.hash(42, EntryContent.GENESIS)).isNotEqualTo(original);
    }

    @Test
    void requiresWhoWhenWhatAndWhichAggregate() {
        assertThatNullPointerException().isThrownBy(() -> new EntryContent(WHEN, null, "Task", "1", "a", null, null,
                null, null)).withMessage("actor");
        assertThatNullPointerException().isThrownBy(() -> new EntryContent(null, "x", "Task", "1", "a", null, null,
                null, null)).withMessage("occurredAt");
    }

    @Property
    void movingTextAcrossAFieldBoundaryAlwaysChangesTheCanonicalForm(@ForAll String a, @ForAll String b,
                                                                     @ForAll String c) {
        Assume.that(!b.isEmpty());
        EntryContent left = new EntryContent(WHEN, a + b, c, "1", "x", null, null, null, null);
        EntryContent right = new EntryContent(WHEN, a, b + c, "1", "x", null, null, null, null);
        assertThat(left.canonicalForm(1, EntryContent.GENESIS)).isNotEqualTo(right.canonicalForm(1, EntryContent.GENESIS));
    }

    @Property
    void aJsonValueThatLooksLikeTheNextFieldCannotForgeIt(@ForAll String value) {
        EntryContent forged = new EntryContent(WHEN, "x", "T", "1", "a", value + "\nafter_json=~", null, null, null);
        EntryContent honest = new EntryContent(WHEN, "x", "T", "1", "a", value, null, null, null);
        assertThat(forged.canonicalForm(1, EntryContent.GENESIS))
                .isNotEqualTo(honest.canonicalForm(1, EntryContent.GENESIS));
    }

    private static EntryContent withRequestId(String requestId) {
        return new EntryContent(WHEN, "officer", "Task", "ĐT.2026.014", "task.approved", "{\"status\":\"SUBMITTED\"}",
                "{\"status\":\"APPROVED\"}", "127.0.0.1", requestId);
    }
}
