package org.innoport.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organisation as the directory shows it; all of it is public. */
public record OrganisationView(UUID id, String name, String nameEn, String abbreviation, OrganisationType type,
                               EnterpriseSubtype enterpriseSubtype, String taxCode, String registrationNumber,
                               LocalDate registrationDate, boolean scienceTechnologyOrganisation, String street,
                               String commune, String province, UUID parentId, String parentName, String website,
                               List<String> fields, OrganisationStatus status, UUID mergedIntoId, boolean sample,
                               Instant createdAt, Instant updatedAt, long version) {
}
