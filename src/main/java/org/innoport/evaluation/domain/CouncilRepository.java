package org.innoport.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innoport.evaluation.CouncilState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CouncilRepository extends JpaRepository<Council, UUID> {

    @Query("select distinct c from Council c join c.members m where m.accountUsername = :username")
    Page<Council> findByMemberAccount(String username, Pageable pageable);

    Optional<Council> findFirstBySubjectKindAndSubjectIdAndStateOrderByClosedAtDesc(String subjectKind, UUID subjectId,
                                                                                     CouncilState state);

    @Query("select c from Council c join c.dossiers d where d.dossierId = :dossierId and c.state = :state "
            + "order by c.closedAt desc")
    List<Council> findByDossierAndState(UUID dossierId, CouncilState state);
}
