package org.innoport.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.innoport.identity.AccountLocked;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.innoport.identity.UserUnlocked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Five wrong passwords lock an account, through the login form and the token endpoint alike. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class SignInThrottleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEvents events;

    @Test
    void fiveWrongPasswordsOnTheLoginFormLockTheAccountAgainstTheRightPasswordEverywhere() throws Exception {
        UserSummary user = UserMother.create(accounts, "formlock", Role.APPLICANT);
        for (int i = 0; i < 4; i++) {
            formSignIn(user.username(), "Wrong-password-" + i).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(locks(user)).isZero();
        assertThat(accounts.get(user.id()).locked()).isFalse();

        formSignIn(user.username(), "Wrong-password-5").andExpect(unauthenticated());

        assertThat(accounts.get(user.id()).locked()).isTrue();
        assertThat(locks(user)).isEqualTo(1);
        formSignIn(user.username(), UserMother.PASSWORD).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        requestToken(user.username(), UserMother.PASSWORD).andExpect(status().isUnauthorized());
    }

    @Test
    void fiveWrongPasswordsAtTheTokenEndpointLockTheAccountForTheLoginFormToo() throws Exception {
        UserSummary user = UserMother.create(accounts, "tokenlock", Role.EXPERT);
        for (int i = 0; i < 5; i++) {
            requestToken(user.username(), "Wrong-password-" + i).andExpect(status().isUnauthorized());
        }
        assertThat(accounts.get(user.id()).locked()).isTrue();
        AccountLocked locked = events.stream(AccountLocked.class).filter(e -> e.userId().equals(user.id()))
                .findFirst().orElseThrow();
        assertThat(locked.action()).isEqualTo("user.locked");
        assertThat(locked.aggregateType()).isEqualTo("User");
        assertThat(locked.failedAttempts()).isEqualTo(5);

        requestToken(user.username(), UserMother.PASSWORD).andExpect(status().isUnauthorized());
        formSignIn(user.username(), UserMother.PASSWORD).andExpect(unauthenticated());
        assertThat(locks(user)).isEqualTo(1);
    }

    @Test
    void theRightPasswordBeforeTheFifthFailureSignsInAndStartsTheCountAgain() throws Exception {
        UserSummary user = UserMother.create(accounts, "reset", Role.OFFICER);
        for (int i = 0; i < 4; i++) {
            formSignIn(user.username(), "Wrong-password-" + i);
        }
        formSignIn(user.username(), UserMother.PASSWORD).andExpect(authenticated().withUsername(user.username()));
        for (int i = 0; i < 4; i++) {
            formSignIn(user.username(), "Wrong-password-" + i);
        }
        assertThat(accounts.get(user.id()).locked()).isFalse();
        formSignIn(user.username(), UserMother.PASSWORD).andExpect(authenticated());
    }

    @Test
    void anAdministratorCanLiftTheLockAtOnce() throws Exception {
        UserSummary user = UserMother.create(accounts, "unlock", Role.APPLICANT);
        for (int i = 0; i < 5; i++) {
            formSignIn(user.username(), "Wrong-password-" + i);
        }
        assertThat(accounts.get(user.id()).locked()).isTrue();

        UserSummary unlocked = UserMother.asAdmin(() -> accounts.unlock(user.id()));

        assertThat(unlocked.locked()).isFalse();
        formSignIn(user.username(), UserMother.PASSWORD).andExpect(authenticated());
        assertThat(events.stream(UserUnlocked.class).filter(e -> e.userId().equals(user.id()))).hasSize(1);
    }

    @Test
    void wrongPasswordsForAnUnknownUsernameLockNothingAndRevealNothing() throws Exception {
        String nobody = UserMother.uniqueUsername("nobody");
        for (int i = 0; i < 6; i++) {
            formSignIn(nobody, "Wrong-password-" + i).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(events.stream(AccountLocked.class).filter(e -> e.username().equals(nobody))).isEmpty();
    }

    private ResultActions formSignIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    private ResultActions requestToken(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }

    private long locks(UserSummary user) {
        return events.stream(AccountLocked.class).filter(e -> e.userId().equals(user.id())).count();
    }
}
