package org.innoport.audit;

import java.time.Clock;
import java.util.function.Consumer;
import org.innoport.audit.chain.ChainVerifier;
import org.innoport.audit.chain.EntryContent;
import org.innoport.platform.RequestMetadata;
import org.innoport.shared.AuditedEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: records changes (every {@link AuditedEvent} is recorded automatically, in the transaction that
 * published it), proves the hash chain intact and searches it.
 */
@Service
public class AuditTrail {

    /** The actor when nobody is signed in: scheduled jobs, start-up tasks, the command line. */
    public static final String SYSTEM = "system";
    /** The actor for a public (not signed-in) web visitor. */
    public static final String ANONYMOUS = "anonymous";

    private final AuditLedger ledger;
    private final AuditSearch search;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditLedger ledger, AuditSearch search, JsonMapper json, Clock clock) {
        this.ledger = ledger;
        this.search = search;
        // Sorted keys: the same state always serialises to the same text, which keeps diffs between rows readable.
        this.json = json.rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
        this.clock = clock;
    }

    /**
     * Records an event with the current user, request IP and request id, in the caller's transaction (or a new one),
     * so the row commits or rolls back with the change it describes.
     */
    @Transactional
    public AuditEntry record(AuditedEvent event) {
        return record(event.aggregateType(), event.aggregateId(), event.action(), event.before(), event.after());
    }

    /**
     * Records a change explicitly (for changes that publish no event).
     *
     * @param before the state before (serialised as JSON), or null for a creation
     * @param after the state after (serialised as JSON), or null for a deletion
     */
    @Transactional
    public AuditEntry record(String aggregateType, String aggregateId, String action, Object before, Object after) {
        RequestMetadata request = RequestMetadata.current();
        return ledger.append(new EntryContent(clock.instant(), currentActor(), aggregateType, aggregateId, action,
                toJson(before), toJson(after), request.clientIp(), request.requestId()));
    }

    /** Reads every row in chain order (a batch at a time) and checks each hash and link. */
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        ledger.walk(verifier::accept);
        return verifier.result();
    }

    /**
     * One page of matching rows; newest first unless {@code pageable} sorts by {@code id}, {@code occurredAt},
     * {@code actor}, {@code aggregateType}, {@code aggregateId} or {@code action}.
     */
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return search.page(filter, pageable);
    }

    /** Every matching row, newest first, one at a time (for exports of any size). */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        search.forEach(filter, sink);
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication instanceof AnonymousAuthenticationToken ? ANONYMOUS : authentication.getName();
    }
}
