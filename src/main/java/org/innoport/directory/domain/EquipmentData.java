package org.innoport.directory.domain;

import java.util.UUID;

/** Cleaned equipment data. */
public record EquipmentData(String name, UUID ownerOrganisationId, UUID labId, String category, String model,
                            Integer year, Long valueVnd, boolean shareable) {
}
