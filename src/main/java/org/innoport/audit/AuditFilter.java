package org.innoport.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional (null or blank means "any").
 *
 * @param user the actor's username (case-insensitive, exact)
 * @param aggregateType e.g. {@code User} (case-insensitive, exact)
 * @param aggregateId the aggregate's ID as text (exact)
 * @param action an action or its beginning, e.g. {@code user.} for every user action
 * @param from first day, inclusive, in the instance's time zone
 * @param to last day, inclusive, in the instance's time zone
 */
public record AuditFilter(String user, String aggregateType, String aggregateId, String action, LocalDate from,
                          LocalDate to) {

    public AuditFilter {
        user = blankToNull(user);
        aggregateType = blankToNull(aggregateType);
        aggregateId = blankToNull(aggregateId);
        action = blankToNull(action);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
