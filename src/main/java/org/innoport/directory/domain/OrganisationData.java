package org.innoport.directory.domain;

import java.util.Set;
import java.util.UUID;
import org.innoport.directory.EnterpriseSubtype;
import org.innoport.directory.OrganisationType;

/** Cleaned, validated organisation data as the aggregate takes it (NFC text, normalised tax code). */
public record OrganisationData(String name, String nameEn, String abbreviation, OrganisationType type,
                               EnterpriseSubtype enterpriseSubtype, String taxCode, String registrationNumber,
                               java.time.LocalDate registrationDate, String street, String commune, String province,
                               UUID parentId, String website, Set<String> fields) {
}
