package org.innoport.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.innoport.identity.Role;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class UserTests {

    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    static final Duration LOCK = Duration.ofMinutes(15);

    static User user() {
        return new User("nguyen.van.a", "Nguyễn Văn A", "a@example.vn", "{bcrypt}hash", Set.of(Role.APPLICANT),
                null, false, T0);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() {
        User user = user();
        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedSignIn(5, LOCK, T0.plusSeconds(i))).isFalse();
            assertThat(user.isLocked(T0.plusSeconds(i))).isFalse();
        }
        Instant fifth = T0.plusSeconds(5);
        assertThat(user.recordFailedSignIn(5, LOCK, fifth)).isTrue();
        assertThat(user.isLocked(fifth)).isTrue();
        assertThat(user.lockedUntil()).isEqualTo(fifth.plus(LOCK));
        assertThat(user.isLocked(fifth.plus(LOCK).minusSeconds(1))).isTrue();
    }

    @Test
    void aLockedAccountUnlocksWhenTheLockDurationHasPassed() {
        User user = user();
        Instant lockedAt = T0.plusSeconds(5);
        for (int i = 1; i <= 5; i++) {
            user.recordFailedSignIn(5, LOCK, T0.plusSeconds(i));
        }
        assertThat(user.isLocked(lockedAt.plus(LOCK).minusMillis(1))).isTrue();
        assertThat(user.isLocked(lockedAt.plus(LOCK))).isFalse();
        assertThat(user.isLocked(lockedAt.plus(LOCK).plusSeconds(60))).isFalse();
    }

    @Test
    void afterALockRunsOutTheCountStartsAfresh() {
        User user = user();
        for (int i = 1; i <= 5; i++) {
            user.recordFailedSignIn(5, LOCK, T0.plusSeconds(i));
        }
        Instant later = T0.plus(LOCK).plusSeconds(10);
        assertThat(user.recordFailedSignIn(5, LOCK, later)).isFalse();
        assertThat(user.failedAttempts()).isEqualTo(1);
        assertThat(user.isLocked(later)).isFalse();
    }

    @Test
    void failuresWhileLockedNeitherExtendTheLockNorPublishAgain() {
        User user = user();
        for (int i = 1; i <= 5; i++) {
            user.recordFailedSignIn(5, LOCK, T0.plusSeconds(i));
        }
        Instant until = user.lockedUntil();
        assertThat(user.recordFailedSignIn(5, LOCK, T0.plusSeconds(100))).isFalse();
        assertThat(user.lockedUntil()).isEqualTo(until);
    }

    @Test
    void theNumberOfAttemptsAndTheDurationAreConfigurable() {
        User user = user();
        assertThat(user.recordFailedSignIn(3, Duration.ofHours(1), T0)).isFalse();
        assertThat(user.recordFailedSignIn(3, Duration.ofHours(1), T0)).isFalse();
        assertThat(user.recordFailedSignIn(3, Duration.ofHours(1), T0)).isTrue();
        assertThat(user.lockedUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        User user = user();
        user.recordFailedSignIn(5, LOCK, T0);
        user.recordFailedSignIn(5, LOCK, T0);
        user.recordSuccessfulSignIn();
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(5, LOCK, T0);
        }
        assertThat(user.isLocked(T0)).isFalse();
    }

    @Test
    void anAdministratorCanLiftALock() {
        User user = user();
        for (int i = 0; i < 5; i++) {
            user.recordFailedSignIn(5, LOCK, T0);
        }
        user.unlock();
        assertThat(user.isLocked(T0)).isFalse();
        assertThat(user.failedAttempts()).isZero();
    }

    @Test
    void deactivationAndReactivationAreTransitionsThatCannotBeRepeated() {
        User user = user();
        user.deactivate();
        assertThat(user.enabled()).isFalse();
        assertThatThrownBy(user::deactivate).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("user.transition.already-inactive");
        user.activate();
        assertThat(user.enabled()).isTrue();
        assertThatThrownBy(user::activate).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("user.transition.already-active");
    }

    @Test
    void aDeactivatedAdministratorIsNoAdministrator() {
        User admin = new User("root.admin", "Root", null, "h", Set.of(Role.ADMIN), null, false, T0);
        assertThat(admin.isAdministrator()).isTrue();
        admin.deactivate();
        assertThat(admin.isAdministrator()).isFalse();
    }

    @Test
    void accessChangesReplaceRolesAndOrganisationButNeverLeaveAUserWithoutARole() {
        User user = user();
        UUID organisation = UUID.randomUUID();
        assertThat(user.changeAccess(Set.of(Role.EXPERT, Role.APPLICANT), organisation, T0.plusSeconds(1))).isTrue();
        assertThat(user.roles()).containsExactly(Role.APPLICANT, Role.EXPERT);
        assertThat(user.organisationId()).isEqualTo(organisation);
        assertThat(user.accessChangedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(user.changeAccess(Set.of(Role.APPLICANT, Role.EXPERT), organisation, T0.plusSeconds(2))).isFalse();
        assertThat(user.accessChangedAt()).isEqualTo(T0.plusSeconds(1));
        assertThatThrownBy(() -> user.changeAccess(Set.of(), null, T0)).isInstanceOf(RuleViolationException.class)
                .hasMessage("user.roles.required");
    }

    @Test
    void usernamesAreRestrictedToAPortableAlphabet() {
        assertThatThrownBy(() -> new User("nguyễn", "x", null, "h", Set.of(Role.APPLICANT), null, false, T0))
                .isInstanceOf(RuleViolationException.class).hasMessage("user.username.invalid");
        assertThatThrownBy(() -> new User("ab", "x", null, "h", Set.of(Role.APPLICANT), null, false, T0))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new User("applicant2", "x", null, "h", Set.of(Role.APPLICANT), null, false, T0).username())
                .isEqualTo("applicant2");
    }
}
