package org.innoport.directory;

import java.time.LocalDate;

/** Accreditation status of a VILAS lab on a given day. */
public enum LabStatus {
    VALID, EXPIRING, EXPIRED, NOT_YET_VALID;

    /** Days before expiry from which a lab counts as expiring. */
    public static final int EXPIRING_WINDOW_DAYS = 90;

    /**
     * The status on {@code day}: EXPIRED after {@code validTo} (or with no accreditation at all), EXPIRING from 90
     * days before {@code validTo} up to and including that day, VALID before that, NOT_YET_VALID before {@code validFrom}.
     */
    public static LabStatus on(LocalDate day, LocalDate validFrom, LocalDate validTo) {
        if (validTo == null || day.isAfter(validTo)) {
            return EXPIRED;
        }
        if (validFrom != null && day.isBefore(validFrom)) {
            return NOT_YET_VALID;
        }
        return day.isBefore(validTo.minusDays(EXPIRING_WINDOW_DAYS)) ? VALID : EXPIRING;
    }

    /** Accredited on that day (VALID or EXPIRING): what "valid on date D" counts. */
    public boolean accredited() {
        return this == VALID || this == EXPIRING;
    }
}
