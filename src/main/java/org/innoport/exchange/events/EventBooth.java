package org.innoport.exchange.events;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;

/** A booth at a fair: free, or assigned to one exhibiting organisation with some of its listings. */
@Entity
@Table(name = "event_booths", schema = "exchange")
public class EventBooth {

    @Id
    private UUID id;
    private UUID eventId;
    private String code;
    private UUID exhibitorOrganisationId;
    @ElementCollection
    @CollectionTable(name = "event_booth_listings", schema = "exchange", joinColumns = @JoinColumn(name = "booth_id"))
    @Column(name = "listing_id")
    private Set<UUID> listingIds = new LinkedHashSet<>();
    private String assignedBy;
    private Instant assignedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected EventBooth() {
    }

    public EventBooth(UUID id, UUID eventId, String code, Instant now) {
        this.id = id;
        this.eventId = eventId;
        this.code = code.strip();
        this.createdAt = now;
    }

    /** A booth is assigned once; it must be unassigned before it goes to someone else. */
    public void assign(UUID exhibitor, Set<UUID> listings, String officer, Instant now) {
        if (exhibitorOrganisationId != null) {
            throw new IllegalTransitionException("event.booth.already-assigned", code);
        }
        exhibitorOrganisationId = exhibitor;
        listingIds.clear();
        listingIds.addAll(listings);
        assignedBy = officer;
        assignedAt = now;
    }

    public void unassign() {
        if (exhibitorOrganisationId == null) {
            throw new IllegalTransitionException("event.booth.not-assigned", code);
        }
        exhibitorOrganisationId = null;
        listingIds.clear();
        assignedBy = null;
        assignedAt = null;
    }

    public UUID getId() { return id; }
    public UUID getEventId() { return eventId; }
    public String getCode() { return code; }
    public UUID getExhibitorOrganisationId() { return exhibitorOrganisationId; }
    public Set<UUID> getListingIds() { return Set.copyOf(listingIds); }
    public Instant getAssignedAt() { return assignedAt; }
    public long getVersion() { return version; }
}
