package org.innoport.indicators.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRuleRepository extends JpaRepository<AuditRule, Long> {

    java.util.Optional<AuditRule> findByCode(String code);

    java.util.List<AuditRule> findAllByOrderByCode();
}
