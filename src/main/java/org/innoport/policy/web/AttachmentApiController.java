package org.innoport.policy.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.innoport.policy.AttachmentView;
import org.innoport.policy.PolicyAttachments;
import org.innoport.shared.RuleViolationException;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Attachments of policy documents: public to read (like the documents), officers and administrators attach. */
@RestController
class AttachmentApiController {

    private final PolicyAttachments attachments;

    AttachmentApiController(PolicyAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/v1/documents/{id}/attachments")
    List<AttachmentView> list(@PathVariable long id) {
        return attachments.of(id);
    }

    @PostMapping(path = "/api/v1/documents/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    AttachmentView attach(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
                          Authentication authentication) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("file", "policy.attachment.file-required");
        }
        try (InputStream in = file.getInputStream()) {
            return attachments.attach(id, in, file.getSize(), file.getOriginalFilename(), file.getContentType(),
                    authentication.getName());
        }
    }

    @GetMapping("/api/v1/documents/{id}/attachments/{fileId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable UUID fileId) {
        return attachments.download(id, fileId);
    }
}
