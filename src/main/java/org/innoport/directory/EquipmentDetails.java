package org.innoport.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What an officer enters for a piece of equipment; value in VND; {@code version} as in {@link OrganisationDetails}. */
public record EquipmentDetails(
        @NotBlank @Size(max = 300) String name,
        @NotNull UUID ownerOrganisationId,
        UUID labId,
        @Size(max = 100) String category,
        @Size(max = 200) String model,
        @Min(1900) @Max(2100) Integer year,
        @PositiveOrZero Long valueVnd,
        boolean shareable,
        Long version) {
}
