package org.innoport.platform.files;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Metadata of stored files; used by {@link org.innoport.platform.FileStore} only. */
public interface FileRecordRepository extends JpaRepository<FileRecord, UUID> {
}
