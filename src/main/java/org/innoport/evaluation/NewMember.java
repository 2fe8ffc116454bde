package org.innoport.evaluation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An officer adds a directory person from the expert pool with a role. */
public record NewMember(@NotNull UUID personId, @NotNull CouncilRole role) {
}
