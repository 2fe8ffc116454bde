package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Proposal rounds; used only inside the tasks module. */
public interface ProposalRoundRepository extends JpaRepository<ProposalRound, UUID> {
}
