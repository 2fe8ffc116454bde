package org.innoport.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.innoport.platform.files.ContentInspector;
import org.innoport.platform.files.FileNames;
import org.innoport.platform.files.FileRecord;
import org.innoport.platform.files.FileRecordRepository;
import org.innoport.platform.files.FileStoreProperties;
import org.innoport.platform.files.FileType;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded documents: checks size and type (by content, see {@link ContentInspector}), hashes them, writes them
 * atomically under {@code innoport.files.root} (sharded folders, named by id) and records their metadata.
 *
 * <p>There is no public download URL: a module checks that the caller may read its record, then returns
 * {@link #download(UUID)} from its own controller. See {@code docs/adr/0004-file-store.md}.
 */
@Service
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    private static final String SYSTEM = "system";

    private final FileRecordRepository records;
    private final FileStoreProperties properties;
    private final Clock clock;
    private final Path root;

    FileStore(FileRecordRepository records, FileStoreProperties properties, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.clock = clock;
        this.root = properties.root().toAbsolutePath().normalize();
    }

    /** Stores a file on behalf of the signed-in user ({@code system} outside a request). */
    @Transactional
    public StoredFile store(InputStream content, String originalName, String declaredType) {
        return store(content, originalName, declaredType, currentUser());
    }

    /**
     * Stores a file on behalf of {@code owner}. If the surrounding transaction rolls back, the bytes are removed too.
     *
     * @param declaredType what the client claimed (kept for the record, never trusted)
     * @throws RuleViolationException (field {@code file}) when the file is empty, too large, of a type that is not
     *         allowed or named with an extension that contradicts its content; nothing is left behind
     */
    @Transactional
    public StoredFile store(InputStream content, String originalName, String declaredType, String owner) {
        String name = FileNames.clean(originalName);
        UUID id = UUID.randomUUID();
        Path temp = null;
        try {
            Files.createDirectories(root.resolve(".incoming"));
            temp = root.resolve(".incoming").resolve(id + ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha256);
            if (size == 0) {
                throw new RuleViolationException(ContentInspector.FIELD, "files.empty", name);
            }
            FileType type = ContentInspector.inspect(temp, name);
            FileRecord record = new FileRecord(id, name, type.contentType(), truncate(declaredType, 255), size,
                    HexFormat.of().formatHex(sha256.digest()), owner, clock.instant().truncatedTo(ChronoUnit.MICROS));
            records.saveAndFlush(record);
            Path target = pathOf(id);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            removeOnRollback(target);
            return record.toStoredFile();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store file " + id, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The file's metadata. */
    @Transactional(readOnly = true)
    public StoredFile get(UUID id) {
        return records.findById(id).map(FileRecord::toStoredFile).orElseThrow(() -> new NotFoundException("file", id));
    }

    /** The file's bytes; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(UUID id) {
        get(id);
        try {
            return Files.newInputStream(pathOf(id));
        } catch (NoSuchFileException e) {
            log.error("File {} has metadata but no content under {}", id, root);
            throw new NotFoundException("file", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The response that hands the file to a browser as a download: {@code Content-Disposition: attachment} with the
     * original (Vietnamese) name, the detected type, {@code X-Content-Type-Options: nosniff}. Check access first.
     */
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(UUID id) {
        StoredFile file = get(id);
        Path path = pathOf(id);
        if (!Files.isRegularFile(path)) {
            log.error("File {} has metadata but no content under {}", id, root);
            throw new NotFoundException("file", id);
        }
        MediaType type = MediaType.parseMediaType(file.contentType());
        if (type.getType().equals("text")) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag("\"" + file.sha256() + "\"")
                .body(new FileSystemResource(path));
    }

    /** Forgets a file: the row now, the bytes once the transaction has committed. */
    @Transactional
    public void delete(UUID id) {
        FileRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("file", id));
        records.delete(record);
        Path path = pathOf(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(path);
                }
            });
        } else {
            deleteQuietly(path);
        }
    }

    /** {@code <root>/ab/cd/abcd…-uuid}: two levels of 256 folders keep directories small. */
    Path pathOf(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }

    private long copyLimited(InputStream content, Path temp, MessageDigest digest) throws IOException {
        long max = properties.maxSize().toBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
            int read;
            while ((read = content.read(buffer)) >= 0) {
                size += read;
                if (size > max) {
                    throw new RuleViolationException(ContentInspector.FIELD, "files.too-large",
                            properties.maxSize().toMegabytes());
                }
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    private static void removeOnRollback(Path target) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(target);
                    }
                }
            });
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}", path, e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? SYSTEM : authentication.getName();
    }
}
