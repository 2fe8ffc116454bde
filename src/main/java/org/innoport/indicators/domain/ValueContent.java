package org.innoport.indicators.domain;

import java.math.BigDecimal;
import org.innoport.indicators.Qualifier;
import org.innoport.indicators.ValueStatus;

/** What a data value says and its provenance. */
public record ValueContent(BigDecimal value, Qualifier qualifier, ValueStatus status, String sourceDocument,
                           String sourcePublication, String sourcePage, String quote, String note) {
}
