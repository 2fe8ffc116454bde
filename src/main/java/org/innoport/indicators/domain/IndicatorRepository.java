package org.innoport.indicators.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    java.util.Optional<Indicator> findByCode(String code);

    java.util.List<Indicator> findAllByOrderByCode();
}
