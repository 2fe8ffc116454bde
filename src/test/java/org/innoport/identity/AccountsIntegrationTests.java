package org.innoport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc // unused here; shares the cached application context with the web tests
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class AccountsIntegrationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void createsAUserWithABcryptHashAndPublishesUserCreatedWithoutSecrets() {
        UUID organisation = UUID.randomUUID();
        UserSummary created = UserMother.create(accounts, "created", organisation, Role.APPLICANT, Role.EXPERT);

        String hash = jdbc.sql("select password_hash from identity.users where id = ?")
                .param(created.id().value()).query(String.class).single();
        assertThat(hash).startsWith("$2").isNotEqualTo(UserMother.PASSWORD);
        assertThat(encoder.matches(UserMother.PASSWORD, hash)).isTrue();
        assertThat(created.roles()).containsExactly(Role.APPLICANT, Role.EXPERT);
        assertThat(created.organisationId()).isEqualTo(organisation);

        UserCreated event = events.stream(UserCreated.class).filter(e -> e.userId().equals(created.id()))
                .findFirst().orElseThrow();
        assertThat(event.aggregateType()).isEqualTo("User");
        assertThat(event.aggregateId()).isEqualTo(created.id().value().toString());
        assertThat(event.action()).isEqualTo("user.created");
        assertThat(event.before()).isNull();
        assertThat(state(event.after())).containsEntry("username", created.username())
                .containsEntry("roles", java.util.List.of("APPLICANT", "EXPERT"))
                .containsEntry("organisationId", organisation);
        assertThat(event.after().toString()).doesNotContain(UserMother.PASSWORD).doesNotContain("$2");
    }

    @Test
    void refusesADuplicateUsernameWhateverItsCase() {
        UserSummary first = UserMother.create(accounts, "dup", Role.APPLICANT);
        assertThatThrownBy(() -> UserMother.asAdmin(() -> accounts.create(new CreateUser(
                first.username().toUpperCase(), null, null, UserMother.PASSWORD, Set.of(Role.APPLICANT), null))))
                .isInstanceOf(RuleViolationException.class).hasMessage("user.username.taken");
    }

    @Test
    void appliesThePasswordPolicyToNewUsers() {
        assertThatThrownBy(() -> UserMother.asAdmin(() -> accounts.create(new CreateUser(
                UserMother.uniqueUsername("weak"), null, null, "password", Set.of(Role.APPLICANT), null))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("password"));
    }

    @Test
    void changingAccessNeedsTheCurrentVersionAndPublishesBeforeAndAfter() {
        UserSummary user = UserMother.create(accounts, "access", Role.APPLICANT);
        UUID organisation = UUID.randomUUID();
        UserSummary changed = UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.OFFICER), organisation, user.version())));
        assertThat(changed.roles()).containsExactly(Role.OFFICER);
        assertThat(changed.version()).isGreaterThan(user.version());

        assertThatThrownBy(() -> UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.LEADER), null, user.version()))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(accounts.get(user.id()).roles()).containsExactly(Role.OFFICER);

        UserRolesChanged event = events.stream(UserRolesChanged.class).filter(e -> e.userId().equals(user.id()))
                .findFirst().orElseThrow();
        assertThat(event.action()).isEqualTo("user.roles-changed");
        assertThat(state(event.before())).containsEntry("roles", java.util.List.of("APPLICANT"))
                .containsEntry("organisationId", null);
        assertThat(state(event.after())).containsEntry("roles", java.util.List.of("OFFICER"))
                .containsEntry("organisationId", organisation);
    }

    @Test
    void aChangeOfRolesAloneAdvancesTheVersion() {
        UserSummary user = UserMother.create(accounts, "rolesonly", Role.APPLICANT);
        UserSummary changed = UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.APPLICANT, Role.EXPERT), null, user.version())));
        assertThat(changed.version()).isEqualTo(user.version() + 1).isEqualTo(accounts.get(user.id()).version());
        assertThat(accounts.get(user.id()).roles()).containsExactly(Role.APPLICANT, Role.EXPERT);
    }

    @Test
    void deactivationAndReactivationPublishTheirEvents() {
        UserSummary user = UserMother.create(accounts, "active", Role.EXPERT);
        assertThat(UserMother.asAdmin(() -> accounts.deactivate(user.id())).active()).isFalse();
        assertThatThrownBy(() -> UserMother.asAdmin(() -> accounts.deactivate(user.id())))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(UserMother.asAdmin(() -> accounts.activate(user.id())).active()).isTrue();

        assertThat(events.stream(UserDeactivated.class).filter(e -> e.userId().equals(user.id())))
                .singleElement().extracting(UserDeactivated::action).isEqualTo("user.deactivated");
        assertThat(events.stream(UserActivated.class).filter(e -> e.userId().equals(user.id())))
                .singleElement().extracting(UserActivated::action).isEqualTo("user.activated");
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void onlyAdministratorsMayChangeAccounts() {
        UserSummary user = UserMother.create(accounts, "guarded", Role.EXPERT);
        assertThatThrownBy(() -> accounts.deactivate(user.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new CreateUser(UserMother.uniqueUsername("x"), null, null,
                UserMother.PASSWORD, Set.of(Role.ADMIN), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.find(null, null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndPublishesPasswordChanged() {
        UserSummary user = UserMother.create(accounts, "pwchange", Role.APPLICANT);
        assertThatThrownBy(() -> accounts.changePassword(user.username(), "wrong-Password-1", "New-password-2026"))
                .isInstanceOf(RuleViolationException.class).hasMessage("password.current-wrong");
        assertThatThrownBy(() -> accounts.changePassword(user.username(), UserMother.PASSWORD, "short"))
                .isInstanceOf(RuleViolationException.class).hasMessage("password.too-short");

        accounts.changePassword(user.username(), UserMother.PASSWORD, "New-password-2026");

        String hash = jdbc.sql("select password_hash from identity.users where id = ?")
                .param(user.id().value()).query(String.class).single();
        assertThat(encoder.matches("New-password-2026", hash)).isTrue();
        PasswordChanged event = events.stream(PasswordChanged.class).filter(e -> e.userId().equals(user.id()))
                .findFirst().orElseThrow();
        assertThat(event.action()).isEqualTo("user.password-changed");
        assertThat(event.after().toString()).doesNotContain("New-password-2026").doesNotContain(hash);
    }

    @Test
    void findsUsersByTextAndRoleSortedByUsername() {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        UserSummary b = UserMother.create(accounts, marker + "-b", Role.EXPERT);
        UserSummary a = UserMother.create(accounts, marker + "-a", Role.EXPERT);
        UserMother.create(accounts, marker + "-c", Role.OFFICER);

        var experts = UserMother.asAdmin(() -> accounts.find(marker, Role.EXPERT, PageRequest.of(0, 10,
                Sort.by("username"))));
        assertThat(experts.getContent()).extracting(UserSummary::username).containsExactly(a.username(), b.username());
        var descending = UserMother.asAdmin(() -> accounts.find(marker.toUpperCase(), null, PageRequest.of(0, 2,
                Sort.by(Sort.Direction.DESC, "username"))));
        assertThat(descending.getTotalElements()).isEqualTo(3);
        assertThat(descending.getContent()).hasSize(2).first().extracting(UserSummary::username)
                .asString().startsWith(marker + "-c");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> state(Object state) {
        return (Map<String, Object>) state;
    }

    @Test
    void refusesToSortByAnUnknownProperty() {
        assertThatThrownBy(() -> UserMother.asAdmin(() -> accounts.find(null, null,
                PageRequest.of(0, 10, Sort.by("passwordHash")))))
                .isInstanceOf(RuleViolationException.class).hasMessage("user.sort.unknown");
    }
}
