package org.innoport.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokens;
import org.innoport.identity.ChangeUserAccess;
import org.innoport.identity.Role;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ApiTokenOrganisationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ApiTokenAuthenticator authenticator;

    @Test
    void aTokensRequestsActForTheOrganisationTheUserBelongsToNowNotAtIssueOrAtTheLastCheck() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UserSummary user = UserMother.create(accounts, "member", first, Role.APPLICANT);
        String token = tokens.issue(user.username(), UserMother.PASSWORD, "organisation test").token();
        assertThat(accounts.organisationOf(authenticator.authenticate(token))).contains(first);

        UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.APPLICANT), second, user.version())));
        assertThat(accounts.organisationOf(authenticator.authenticate(token))).contains(second);

        UserSummary moved = accounts.get(user.id());
        UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.APPLICANT), null, moved.version())));
        assertThat(accounts.organisationOf(authenticator.authenticate(token))).isEmpty();
    }
}
