package org.innoport.indicators;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A value typed by an officer or imported from a spreadsheet. {@code version} is required to change one. */
public record ValueEntry(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,6})?") String area,
                         @Size(max = 20) @Pattern(regexp = "|(?i)(avg\\s+)?\\d{4}(\\s*[-–]\\s*\\d{4})?") String period,
                         @NotNull @Digits(integer = 20, fraction = 10) BigDecimal value, @NotNull Qualifier qualifier,
                         @NotNull ValueStatus status, @Size(max = 80) String sourceDocument,
                         @Size(max = 1000) String sourcePublication, @Size(max = 40) String sourcePage,
                         @Size(max = 4000) String quote, @Size(max = 2000) String note, Long version) {
}
