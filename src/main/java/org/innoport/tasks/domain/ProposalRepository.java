package org.innoport.tasks.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Proposals; used only inside the tasks module. */
public interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    List<Proposal> findByRoundIdAndStatus(UUID roundId, ProposalStatus status);

    @Query("""
            select p from Proposal p
            where (:roundId is null or p.roundId = :roundId)
              and (:status is null or p.status = :status)
              and (:proposer is null or p.proposer = :proposer)""")
    Page<Proposal> search(UUID roundId, ProposalStatus status, String proposer, Pageable pageable);
}
