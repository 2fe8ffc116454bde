package org.innoport.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A file kept by the {@link FileStore}. Modules keep the {@code id} beside their records (an attachment of a
 * proposal, the minutes of a meeting) and check who may read it before asking the store for the bytes.
 *
 * @param id the file's identity, also its name in the store
 * @param originalName the name as uploaded (NFC, without any folder), used again for downloads
 * @param contentType the type found in the bytes (e.g. {@code application/pdf}), never the one the client claimed
 * @param size length in bytes
 * @param sha256 SHA-256 of the bytes, lowercase hex
 * @param createdAt when it was stored
 * @param owner the username of whoever stored it
 */
public record StoredFile(UUID id, String originalName, String contentType, long size, String sha256, Instant createdAt,
                         String owner) {
}
