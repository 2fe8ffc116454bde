package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabStatusTests {

    static final LocalDate FROM = LocalDate.of(2023, 6, 1);
    static final LocalDate TO = LocalDate.of(2026, 5, 31);

    @Test
    void isValidUntilNinetyOneDaysBeforeExpiry() {
        assertThat(LabStatus.on(TO.minusDays(91), FROM, TO)).isEqualTo(LabStatus.VALID);
    }

    @Test
    void isExpiringFromNinetyDaysBeforeExpiryUpToTheLastDay() {
        assertThat(LabStatus.on(TO.minusDays(90), FROM, TO)).isEqualTo(LabStatus.EXPIRING);
        assertThat(LabStatus.on(TO, FROM, TO)).isEqualTo(LabStatus.EXPIRING);
    }

    @Test
    void isExpiredTheDayAfterExpiryOrWithoutAccreditation() {
        assertThat(LabStatus.on(TO.plusDays(1), FROM, TO)).isEqualTo(LabStatus.EXPIRED);
        assertThat(LabStatus.on(TO, null, null)).isEqualTo(LabStatus.EXPIRED);
    }

    @Test
    void isNotYetValidBeforeItsAccreditationStarts() {
        assertThat(LabStatus.on(FROM.minusDays(1), FROM, TO)).isEqualTo(LabStatus.NOT_YET_VALID);
        assertThat(LabStatus.on(FROM, FROM, TO).accredited()).isTrue();
    }
}
