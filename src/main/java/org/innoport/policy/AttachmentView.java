package org.innoport.policy;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a policy document; {@code url} downloads it through the policy module. */
public record AttachmentView(UUID id, String name, String contentType, long size, String sha256, String attachedBy,
                             Instant attachedAt, String url) {
}
