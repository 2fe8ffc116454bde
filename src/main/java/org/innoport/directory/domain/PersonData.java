package org.innoport.directory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.AcademicTitle;
import org.innoport.directory.Degree;

/** Cleaned, validated person data as the aggregate takes it. */
public record PersonData(String fullName, AcademicTitle academicTitle, Degree degree, String orcid, String email,
                         String phone, LocalDate birthDate, String birthPlace, String shortCv, String accountUsername,
                         Set<String> fields, List<String> keywords, List<AffiliationData> affiliations) {

    /** One affiliation. */
    public record AffiliationData(UUID organisationId, String position, LocalDate from, LocalDate to) {
    }
}
