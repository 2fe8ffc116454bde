package org.innoport.directory.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Body of a merge: the survivor, and the version of the record being merged away. */
record MergeRequest(@NotNull UUID targetId, @NotNull Long version) {
}
