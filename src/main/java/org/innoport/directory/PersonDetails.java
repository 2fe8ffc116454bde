package org.innoport.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an officer enters for a person; {@code version} as in {@link OrganisationDetails}. */
public record PersonDetails(
        @NotBlank @Size(max = 200) String fullName,
        AcademicTitle academicTitle,
        Degree degree,
        @ValidOrcid String orcid,
        @Email @Size(max = 200) String email,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +().-]*$") String phone,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Past LocalDate birthDate,
        @Size(max = 200) String birthPlace,
        @Size(max = 4000) String shortCv,
        @Size(max = 100) String accountUsername,
        Set<String> fields,
        List<@Size(max = 100) String> keywords,
        List<@Valid Affiliation> affiliations,
        Long version) {

    public PersonDetails {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    /** Works (worked) at an organisation over a period; {@code to} null = still there. */
    public record Affiliation(UUID organisationId, @Size(max = 200) String position,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }
}
