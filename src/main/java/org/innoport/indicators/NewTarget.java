package org.innoport.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Sets a target on an indicator, linked to the commitment (of a policy document) that states it. */
public record NewTarget(@NotBlank @Size(max = 80) String code, @NotBlank String indicator, @NotNull TargetKind kind,
                        Integer year, BigDecimal value, BigDecimal valueMin, BigDecimal valueMax, Integer baseYear,
                        BigDecimal factor, BigDecimal growthPct, @NotBlank String documentNumber,
                        String commitmentCode, @Size(max = 4000) String quote) {
}
