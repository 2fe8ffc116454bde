package org.innoport.indicators.web;

import java.math.BigDecimal;
import org.innoport.indicators.Qualifier;
import org.innoport.indicators.ValueEntry;
import org.innoport.indicators.ValueStatus;

/** The form as typed; bound field by field so that a wrong number becomes a field error, not a failure. */
public record ValueForm(String area, String period, BigDecimal value, Qualifier qualifier, ValueStatus status,
                        String sourceDocument, String sourcePublication, String sourcePage, String quote,
                        String note) {

    static ValueForm blank() {
        return new ValueForm("VN-HP", "", null, Qualifier.EXACT, ValueStatus.REPORTED, null, null, null, null, null);
    }

    ValueEntry entry() {
        return new ValueEntry(area, period, value, qualifier, status, sourceDocument, sourcePublication,
                sourcePage, quote, note, null);
    }
}
