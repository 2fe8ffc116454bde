package org.innoport.exchange.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innoport.exchange.ListingCategory;
import org.innoport.exchange.ListingKind;

/** A user's search kept to be told of new listings that match it. Immutable: delete and save again to change it. */
@Entity
@Table(name = "saved_searches", schema = "exchange")
public class SavedSearch {

    @Id
    private UUID id;
    private String username;
    private String q;
    @Enumerated(EnumType.STRING)
    private ListingKind kind;
    @Enumerated(EnumType.STRING)
    private ListingCategory category;
    private String field;
    private Instant createdAt;

    protected SavedSearch() {
    }

    public SavedSearch(UUID id, String username, String q, ListingKind kind, ListingCategory category, String field,
                       Instant createdAt) {
        this.id = id;
        this.username = username;
        this.q = q;
        this.kind = kind;
        this.category = category;
        this.field = field;
        this.createdAt = createdAt;
    }

    public UUID getId() { return id; }
    public String getUsername() { return username; }
    public String getQ() { return q; }
    public ListingKind getKind() { return kind; }
    public ListingCategory getCategory() { return category; }
    public String getField() { return field; }
    public Instant getCreatedAt() { return createdAt; }
}
