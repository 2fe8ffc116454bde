package org.innoport.directory.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Cleaned lab data. A missing {@code validTo} defaults to 3 years after {@code validFrom}. */
public record LabData(String name, UUID organisationId, String vilasNumber, String standard, Set<String> fields,
                      String testTypes, LocalDate validFrom, LocalDate validTo) {
}
