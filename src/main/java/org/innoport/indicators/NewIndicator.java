package org.innoport.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Defines an indicator; a non-blank {@code formula} makes it computed. */
public record NewIndicator(@NotBlank @Size(max = 80) @Pattern(regexp = "[a-z][a-z0-9_]*") String code,
                           @NotBlank @Size(max = 500) String nameVi, @NotBlank @Size(max = 500) String nameEn,
                           @NotBlank @Size(max = 40) String unit, @NotNull Direction direction,
                           @NotNull Periodicity periodicity, @Size(max = 4000) String definition,
                           @Size(max = 2000) String formula, BigDecimal lowerBound, BigDecimal upperBound) {
}
