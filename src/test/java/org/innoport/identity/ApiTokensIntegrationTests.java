package org.innoport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.innoport.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc // unused here; shares the cached application context with the web tests
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class ApiTokensIntegrationTests {

    @Autowired
    ApiTokens tokens;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEvents events;

    @Test
    void issuingAndRevokingPublishAuditedEventsWithoutTheSecret() {
        UserSummary user = UserMother.create(accounts, "events", Role.EXPERT);
        IssuedApiToken issued = tokens.issue(user.username(), UserMother.PASSWORD, "nightly import");

        ApiTokenIssued issuedEvent = events.stream(ApiTokenIssued.class).filter(e -> e.tokenId().equals(issued.id()))
                .findFirst().orElseThrow();
        assertThat(issuedEvent.aggregateType()).isEqualTo("User");
        assertThat(issuedEvent.aggregateId()).isEqualTo(user.id().toString());
        assertThat(issuedEvent.action()).isEqualTo("user.api-token-issued");
        assertThat(issuedEvent.after().toString()).contains("nightly import").doesNotContain(issued.token());

        tokens.revoke(user.username(), issued.id());
        tokens.revoke(user.username(), issued.id());

        assertThat(events.stream(ApiTokenRevoked.class).filter(e -> e.tokenId().equals(issued.id())))
                .singleElement().satisfies(revoked -> {
                    assertThat(revoked.action()).isEqualTo("user.api-token-revoked");
                    assertThat(((Map<?, ?>) revoked.before()).containsKey("revokedAt")).isTrue();
                    assertThat(((Map<?, ?>) revoked.before()).get("revokedAt")).isNull();
                    assertThat(((Map<?, ?>) revoked.after()).get("revokedAt")).isNotNull();
                });
    }

    @Test
    void aTokenIsIssuedOnlyForTheRightPasswordOfAnActiveAccount() {
        UserSummary user = UserMother.create(accounts, "creds", Role.EXPERT);
        assertThatThrownBy(() -> tokens.issue(user.username(), "Wrong-password-1", null))
                .isInstanceOf(BadCredentialsException.class);
        UserMother.asAdmin(() -> accounts.deactivate(user.id()));
        assertThatThrownBy(() -> tokens.issue(user.username(), UserMother.PASSWORD, null))
                .isInstanceOf(DisabledException.class);
        assertThat(events.stream(ApiTokenIssued.class).filter(e -> e.userId().equals(user.id()))).isEmpty();
    }

    @Test
    void ownersSeeOnlyTheirOwnTokensNewestFirstAndCannotRevokeOthers() {
        UserSummary alice = UserMother.create(accounts, "alice", Role.APPLICANT);
        UserSummary bob = UserMother.create(accounts, "bob", Role.APPLICANT);
        IssuedApiToken first = tokens.issue(alice.username(), UserMother.PASSWORD, "first");
        IssuedApiToken second = tokens.issue(alice.username(), UserMother.PASSWORD, null);
        IssuedApiToken bobs = tokens.issue(bob.username(), UserMother.PASSWORD, "bob");

        assertThat(tokens.ofUser(alice.username(), PageRequest.of(0, 10)).getContent())
                .extracting(ApiTokenSummary::id).containsExactly(second.id(), first.id());
        assertThat(second.name()).isEqualTo("API");
        assertThatThrownBy(() -> tokens.revoke(alice.username(), bobs.id())).isInstanceOf(NotFoundException.class);
    }
}
