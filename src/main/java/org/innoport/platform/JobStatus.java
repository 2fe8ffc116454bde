package org.innoport.platform;

import java.time.Instant;
import java.util.UUID;

/** A job as its owner (or an administrator) sees it, in the API and on the progress page. */
public record JobStatus(UUID id, String kind, JobState state, int percent, String message, String resultUrl,
                        Instant createdAt, Instant finishedAt) {
}
