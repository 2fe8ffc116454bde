package org.innoport.directory;

import java.util.UUID;

/** An existing record that looks like the one being saved: same canonical name, or similar words. */
public record DuplicateCandidate(UUID id, String name, double similarity) {
}
