package org.innoport.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an officer enters to constitute a council. Criteria come from {@code templateId} or {@code templateCode}, or
 * inline {@code criteria}; with none of them, the reference template of the council's type. {@code passMark} null =
 * the configured default.
 */
public record NewCouncil(@NotNull CouncilType type,
                         @NotBlank @Size(max = 500) String name,
                         @NotBlank @Size(max = 100) String decisionNumber,
                         @NotNull LocalDate decisionDate,
                         @NotNull @Valid Subject subject,
                         UUID templateId,
                         @Size(max = 50) String templateCode,
                         List<@Valid CriterionInput> criteria,
                         BigDecimal passMark) {

    /** The subject as JSON {@code {kind, id}}. */
    public record Subject(@NotBlank @Size(max = 50) String kind, @NotNull UUID id) {

        public CouncilSubject toSubject() {
            return new CouncilSubject(kind, id);
        }
    }

    /** An inline criterion. */
    public record CriterionInput(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 500) String nameVi,
                                 @Size(max = 500) String nameEn, @NotNull @Min(1) @Max(100) Integer maxPoints,
                                 BigDecimal minimum, Boolean tieBreak) {

        public CriterionInput {
            tieBreak = Boolean.TRUE.equals(tieBreak);
        }
    }
}
