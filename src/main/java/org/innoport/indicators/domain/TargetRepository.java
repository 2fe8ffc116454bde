package org.innoport.indicators.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

    java.util.Optional<Target> findByCode(String code);

    java.util.List<Target> findAllByOrderByCode();
}
