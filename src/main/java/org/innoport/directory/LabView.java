package org.innoport.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A VILAS lab with its status today; public. */
public record LabView(UUID id, String name, UUID organisationId, String organisationName, String vilasNumber,
                      String standard, List<String> fields, String testTypes, LocalDate validFrom, LocalDate validTo,
                      LabStatus status, boolean sample, long version) {
}
