package org.innoport.policy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyDocumentRepository extends JpaRepository<PolicyDocument, Long> {

    Optional<PolicyDocument> findByNumber(String number);

    boolean existsByNumber(String number);

    @EntityGraph(attributePaths = {"implementsDocuments", "commitments"})
    @Query("select distinct d from PolicyDocument d order by d.issuedYear, d.number")
    List<PolicyDocument> findAllWithLinks();
}
