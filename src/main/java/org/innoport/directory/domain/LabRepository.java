package org.innoport.directory.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Labs; used only inside the directory module. */
public interface LabRepository extends JpaRepository<Lab, UUID> {

    List<Lab> findByOrganisationId(UUID organisationId);

    Optional<Lab> findByVilasNumber(String vilasNumber);

    @Query("select count(l) from Lab l where l.validFrom <= :day and l.validTo >= :day")
    long countValidOn(LocalDate day);

    @Query("select l.id as id, l.name as name from Lab l where l.id in :ids")
    List<OrganisationRepository.IdAndName> findNames(Collection<UUID> ids);
}
