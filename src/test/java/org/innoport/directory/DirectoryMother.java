package org.innoport.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for the directory: unique names, valid tax codes. */
public final class DirectoryMother {

    private DirectoryMother() {
    }

    /** A short unique token that survives folding and tokenisation, e.g. "zq4k7x". */
    public static String token() {
        return "zq" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
    }

    /** A random valid 10-digit tax code. */
    public static String taxCode() {
        while (true) {
            String nine = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            int check = TaxCode.checkDigit(nine);
            if (check >= 0) {
                return nine + check;
            }
        }
    }

    public static OrganisationDetails organisation(String name) {
        return organisation(name, null);
    }

    public static OrganisationDetails organisation(String name, String taxCode) {
        return new OrganisationDetails(name, null, null, OrganisationType.RESEARCH_INSTITUTE, null, taxCode, null, null,
                null, null, "Hải Phòng", null, null, Set.of("405"), null);
    }

    public static PersonDetails person(String name, UUID organisationId, String account) {
        return new PersonDetails(name, null, Degree.TS, null, "contact-" + token() + "@example.invalid", "0900 111 222",
                LocalDate.of(1980, 1, 2), "Hải Phòng", null, account, Set.of("405"), List.of("hải sản"),
                organisationId == null ? List.of()
                        : List.of(new PersonDetails.Affiliation(organisationId, "Nghiên cứu viên", LocalDate.of(2020, 1, 1), null)),
                null);
    }

    public static LabDetails lab(String name, UUID organisationId, LocalDate from, LocalDate to) {
        return new LabDetails(name, organisationId, null, null, Set.of("104"), "Hóa học", from, to, null);
    }
}
