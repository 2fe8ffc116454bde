package org.innoport.platform.files;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.innoport.platform.StoredFile;

/** The metadata row of a stored file. Immutable once written, so it has no version. */
@Entity
@Table(name = "files", schema = "platform")
public class FileRecord {

    @Id
    private UUID id;
    private String originalName;
    private String contentType;
    private String declaredType;
    private long sizeBytes;
    private String sha256;
    private String owner;
    private Instant createdAt;

    protected FileRecord() {
    }

    public FileRecord(UUID id, String originalName, String contentType, String declaredType, long sizeBytes,
                      String sha256, String owner, Instant createdAt) {
        this.id = id;
        this.originalName = originalName;
        this.contentType = contentType;
        this.declaredType = declaredType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    public StoredFile toStoredFile() {
        return new StoredFile(id, originalName, contentType, sizeBytes, sha256, createdAt, owner);
    }
}
