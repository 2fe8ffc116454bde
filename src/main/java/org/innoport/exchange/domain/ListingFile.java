package org.innoport.exchange.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An image or attachment of a listing; the bytes are in the platform file store. */
@Entity
@Table(name = "listing_files", schema = "exchange")
public class ListingFile {

    @Id
    private UUID fileId;
    private UUID listingId;
    private boolean image;
    private String attachedBy;
    private Instant attachedAt;

    protected ListingFile() {
    }

    public ListingFile(UUID listingId, UUID fileId, boolean image, String attachedBy, Instant attachedAt) {
        this.listingId = listingId;
        this.fileId = fileId;
        this.image = image;
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    public UUID getFileId() { return fileId; }
    public UUID getListingId() { return listingId; }
    public boolean isImage() { return image; }
}
