package org.innoport.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A member's scores by criterion code and comment; {@code version} null only for a sheet not yet saved.
 */
public record SheetInput(@NotNull Map<String, BigDecimal> scores, @Size(max = 4000) String comment, Long version) {
}
