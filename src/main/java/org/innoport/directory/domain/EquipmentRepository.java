package org.innoport.directory.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Equipment; used only inside the directory module. */
public interface EquipmentRepository extends JpaRepository<Equipment, UUID> {

    List<Equipment> findByOwnerOrganisationId(UUID organisationId);

    List<Equipment> findByLabId(UUID labId);
}
