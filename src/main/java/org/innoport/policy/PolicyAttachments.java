package org.innoport.policy;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.platform.FileStore;
import org.innoport.platform.StoredFile;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to policy documents (the signed PDF, annexes as spreadsheets). Bytes live in the platform's
 * {@link FileStore}; a file is served only through {@link #download}, which first checks that it is attached to the
 * document asked for, so no other module's file can be fetched through a policy URL.
 */
@Service
public class PolicyAttachments {

    /** Documents and their annexes: 20 MB at most (below the upload limit of the platform). */
    public static final long MAX_SIZE = 20L * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    private final FileStore files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyAttachments(FileStore files, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Attaches a file to document {@code documentId}.
     *
     * @param size the declared size, checked before any byte is stored
     * @throws RuleViolationException (field {@code file}) when too large or not a PDF, Word, Excel or ODF document
     *         (judged by content); nothing is kept then
     */
    @Transactional
    public AttachmentView attach(long documentId, InputStream content, long size, String name, String declaredType,
                                 String user) {
        String number = number(documentId);
        if (size > MAX_SIZE) {
            throw new RuleViolationException("file", "policy.attachment.too-large", MAX_SIZE / (1024 * 1024));
        }
        StoredFile file = files.store(content, name, declaredType, user);
        if (!TYPES.contains(file.contentType())) {
            throw new RuleViolationException("file", "policy.attachment.type-not-allowed", file.originalName());
        }
        jdbc.sql("""
                insert into policy.document_attachments (document_id, file_id, attached_by, attached_at)
                values (:document, :file, :user, :now)""").param("document", documentId).param("file", file.id())
                .param("user", user).param("now", Timestamp.from(clock.instant())).update();
        AttachmentView view = view(documentId, file, user);
        events.publishEvent(new DocumentRecorded(number, "document.attachment-added", null, view));
        return view;
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> of(long documentId) {
        number(documentId);
        return jdbc.sql("""
                select file_id, attached_by from policy.document_attachments where document_id = :document
                order by attached_at, file_id""").param("document", documentId)
                .query((rs, n) -> view(documentId, files.get(rs.getObject(1, UUID.class)), rs.getString(2))).list();
    }

    /** The file, if it is attached to that document (otherwise: not found). */
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(long documentId, UUID fileId) {
        boolean attached = jdbc.sql("""
                select count(*) from policy.document_attachments where document_id = :document and file_id = :file""")
                .param("document", documentId).param("file", fileId).query(Long.class).single() > 0;
        if (!attached) {
            throw new NotFoundException("attachment", fileId);
        }
        return files.download(fileId);
    }

    private String number(long documentId) {
        return jdbc.sql("select number from policy.documents where id = :id").param("id", documentId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("document", documentId));
    }

    private static AttachmentView view(long documentId, StoredFile file, String user) {
        return new AttachmentView(file.id(), file.originalName(), file.contentType(), file.size(), file.sha256(), user,
                file.createdAt(), "/api/v1/documents/" + documentId + "/attachments/" + file.id());
    }
}
