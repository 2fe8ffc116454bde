package org.innoport.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innoport.directory.PersonStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** People; used only inside the directory module. */
public interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByOrcidAndStatusNot(String orcid, PersonStatus status);

    List<Person> findByCanonicalNameAndStatusNot(String canonicalName, PersonStatus status);

    @Query("select distinct a.person from Affiliation a where a.organisationId = :organisationId")
    List<Person> findAffiliatedWith(UUID organisationId);
}
