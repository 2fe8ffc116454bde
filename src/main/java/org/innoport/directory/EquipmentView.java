package org.innoport.directory;

import java.util.UUID;

/** A piece of equipment with its owner's and lab's names. */
public record EquipmentView(UUID id, String name, UUID ownerOrganisationId, String ownerOrganisationName, UUID labId,
                            String labName, String category, String model, Integer year, Long valueVnd,
                            boolean shareable, boolean sample, long version) {
}
