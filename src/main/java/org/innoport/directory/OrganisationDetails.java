package org.innoport.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.Set;
import java.util.UUID;

/**
 * What an officer enters for an organisation. Text is NFC-normalised by the service. {@code version} is the version
 * the officer edited: required for an update (a stale one is refused), ignored on creation.
 */
public record OrganisationDetails(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 500) String nameEn,
        @Size(max = 50) String abbreviation,
        @NotNull OrganisationType type,
        EnterpriseSubtype enterpriseSubtype,
        @ValidTaxCode String taxCode,
        @Size(max = 50) String registrationNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationDate,
        @Size(max = 500) String street,
        @Size(max = 200) String commune,
        @Size(max = 200) String province,
        UUID parentId,
        @Size(max = 300) String website,
        Set<String> fields,
        Long version) {

    public OrganisationDetails {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
