package org.innoport.tasks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/** A call (thông báo tuyển chọn) for listed tasks, open between two instants. */
@Entity
@Table(schema = "tasks", name = "calls")
public class Call {

    /** Where a call stands at a given instant. */
    public enum Phase { UPCOMING, OPEN, CLOSED }

    @Id
    private UUID id;
    private String title;
    private Instant opensAt;
    private Instant closesAt;
    private Instant createdAt;
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "call_listings", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "listing_id")
    private Set<UUID> listingIds = new LinkedHashSet<>();

    protected Call() {
    }

    public Call(String title, Instant opensAt, Instant closesAt, Set<UUID> listingIds, Instant now) {
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolationException("closesAt", "tasks.window.closes-before-opening");
        }
        if (listingIds == null || listingIds.isEmpty()) {
            throw new RuleViolationException("listingIds", "tasks.call.listings-required");
        }
        this.id = UUID.randomUUID();
        this.title = title.strip();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.listingIds.addAll(listingIds);
        this.createdAt = now;
    }

    public Phase phase(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    public boolean isOpen(Instant now) {
        return phase(now) == Phase.OPEN;
    }

    public boolean isClosed(Instant now) {
        return phase(now) == Phase.CLOSED;
    }

    /** Closes the call now, before its planned closing (e.g. the last expected dossier is in). */
    public void close(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalTransitionException("tasks.call.not-open");
        }
        closesAt = now;
    }

    public boolean covers(UUID listingId) {
        return listingIds.contains(listingId);
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Set<UUID> listingIds() { return Set.copyOf(listingIds); }
    public long version() { return version == null ? 0 : version; }
}
