package org.innoport.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoringTemplateRepository extends JpaRepository<ScoringTemplate, UUID> {

    Optional<ScoringTemplate> findByCode(String code);

    Optional<ScoringTemplate> findFirstByCouncilTypeOrderByCode(org.innoport.evaluation.CouncilType type);

    List<ScoringTemplate> findAllByOrderByCode();
}
