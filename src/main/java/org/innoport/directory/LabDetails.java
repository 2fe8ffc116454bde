package org.innoport.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.Set;
import java.util.UUID;

/** What an officer enters for a VILAS lab; {@code version} as in {@link OrganisationDetails}. */
public record LabDetails(
        @NotBlank @Size(max = 300) String name,
        @NotNull UUID organisationId,
        @Size(max = 30) @Pattern(regexp = "^(VILAS\\s*\\d{1,5})?$", flags = Pattern.Flag.CASE_INSENSITIVE) String vilasNumber,
        @Size(max = 60) String standard,
        Set<String> fields,
        @Size(max = 2000) String testTypes,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        Long version) {

    public LabDetails {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
