package org.innoport.indicators.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataValueRepository extends JpaRepository<DataValue, Long> {

    java.util.Optional<DataValue> findByIndicatorIdAndAreaAndPeriodKindAndPeriodStartAndPeriodEndAndStatus(Long indicatorId, String area, org.innoport.indicators.Period.Kind kind, Integer start, Integer end, org.innoport.indicators.ValueStatus status);
}
