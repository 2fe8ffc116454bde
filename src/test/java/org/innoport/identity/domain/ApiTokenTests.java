package org.innoport.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenTests {

    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void aTokenIsThirtyTwoRandomBytesInUrlSafeBase64() {
        ApiToken.Issued issued = ApiToken.issue(UUID.randomUUID(), "ci", T0, Duration.ofDays(30));
        String secret = issued.secret();
        assertThat(secret).startsWith(ApiToken.PREFIX).matches("ipt_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.substring(ApiToken.PREFIX.length()))).hasSize(32);
        assertThat(ApiToken.issue(UUID.randomUUID(), "ci", T0, Duration.ofDays(30)).secret()).isNotEqualTo(secret);
    }

    @Test
    void onlyTheSha256OfTheTokenIsKept() {
        ApiToken.Issued issued = ApiToken.issue(UUID.randomUUID(), "ci", T0, Duration.ofDays(30));
        assertThat(issued.token().tokenHash()).hasSize(64).isEqualTo(ApiToken.hash(issued.secret()))
                .doesNotContain(issued.secret().substring(4));
        assertThat(ApiToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void aTokenWorksUntilItExpires() {
        ApiToken token = ApiToken.issue(UUID.randomUUID(), "ci", T0, Duration.ofDays(30)).token();
        assertThat(token.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(token.isUsable(T0.plus(Duration.ofDays(30)).minusSeconds(1))).isTrue();
        assertThat(token.isUsable(T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aRevokedTokenStopsWorkingAndRevokingTwiceChangesNothing() {
        ApiToken token = ApiToken.issue(UUID.randomUUID(), "ci", T0, Duration.ofDays(30)).token();
        assertThat(token.revoke(T0.plusSeconds(10))).isTrue();
        assertThat(token.isUsable(T0.plusSeconds(11))).isFalse();
        assertThat(token.revoke(T0.plusSeconds(20))).isFalse();
        assertThat(token.revokedAt()).isEqualTo(T0.plusSeconds(10));
    }
}
