package org.innoport.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreSheetRepository extends JpaRepository<ScoreSheet, UUID> {

    List<ScoreSheet> findByCouncilId(UUID councilId);

    List<ScoreSheet> findByCouncilIdAndMemberId(UUID councilId, UUID memberId);

    Optional<ScoreSheet> findByCouncilIdAndMemberIdAndDossierId(UUID councilId, UUID memberId, UUID dossierId);
}
