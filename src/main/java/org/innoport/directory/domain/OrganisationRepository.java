package org.innoport.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innoport.directory.OrganisationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organisations; used only inside the directory module. */
public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByTaxCodeAndStatusNot(String taxCode, OrganisationStatus status);

    List<Organisation> findByParentId(UUID parentId);

    Optional<Organisation> findFirstByNameAndStatusNot(String name, OrganisationStatus status);

    List<Organisation> findByCanonicalNameAndStatusNot(String canonicalName, OrganisationStatus status);

    /** Names of active organisations with this canonical name (a light check for imports). */
    @Query("select o.name from Organisation o where o.canonicalName = :canonicalName "
            + "and o.status <> org.innoport.directory.OrganisationStatus.MERGED")
    List<String> findNamesByCanonicalName(String canonicalName);

    @Query("select o.name from Organisation o where o.taxCode = :taxCode "
            + "and o.status <> org.innoport.directory.OrganisationStatus.MERGED")
    List<String> findNamesByTaxCode(String taxCode);

    @Query("select o.id as id, o.name as name from Organisation o where o.id in :ids")
    List<IdAndName> findNames(Collection<UUID> ids);

    @Query("select count(o) from Organisation o where o.status = org.innoport.directory.OrganisationStatus.ACTIVE "
            + "and o.registrationNumber is not null")
    long countScienceTechnologyOrganisations();

    @Query("select o.taxCode as key, o.name as name from Organisation o where o.taxCode in :taxCodes "
            + "and o.status <> org.innoport.directory.OrganisationStatus.MERGED")
    List<KeyAndName> findNamesByTaxCodes(Collection<String> taxCodes);

    @Query("select o.canonicalName as key, o.name as name from Organisation o where o.canonicalName in :canonicalNames "
            + "and o.status <> org.innoport.directory.OrganisationStatus.MERGED")
    List<KeyAndName> findNamesByCanonicalNames(Collection<String> canonicalNames);

    /** Projection for batched look-ups: a key (tax code, canonical name) and the organisation's name. */
    interface KeyAndName {
        String getKey();

        String getName();
    }

    /** Projection for name look-ups. */
    interface IdAndName {
        UUID getId();

        String getName();
    }
}
