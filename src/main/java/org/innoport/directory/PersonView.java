package org.innoport.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person as the caller may see them. {@code personal} (contact and birth data) is null unless the caller is an
 * officer, leader, administrator or the person; {@code expert} (expert-pool membership) is null unless the caller
 * is staff.
 */
public record PersonView(UUID id, String fullName, AcademicTitle academicTitle, Degree degree, String orcid,
                         List<String> fields, List<String> keywords, List<AffiliationView> affiliations,
                         String shortCv, PersonalData personal, ExpertMembership expert, PersonStatus status,
                         UUID mergedIntoId, boolean sample, Instant updatedAt, long version) {

    /** Affiliation with the organisation's name. */
    public record AffiliationView(UUID organisationId, String organisationName, String position, LocalDate from,
                                  LocalDate to) {
    }

    /** Personal data: contact and birth. */
    public record PersonalData(String email, String phone, LocalDate birthDate, String birthPlace,
                               String accountUsername) {
    }

    /** Membership of the expert pool and the fields the person may evaluate. */
    public record ExpertMembership(boolean member, LocalDate since, List<String> fields, String note) {
    }
}
