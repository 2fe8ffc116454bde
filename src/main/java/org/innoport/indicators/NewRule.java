package org.innoport.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.innoport.indicators.domain.AuditRule;

/** A consistency rule: {@code left} (reported) compared with {@code right} (computed). */
public record NewRule(@NotBlank @Size(max = 40) String code, @NotBlank String kind, @NotBlank String labelVi,
                      @NotBlank String labelEn, @NotBlank String left, @NotBlank String right,
                      @NotNull AuditRule.Comparison comparison, BigDecimal tolerance) {
}
