package org.innoport.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy(10);

    List<String> problems(String username, String password) {
        return policy.check(username, password).stream().map(PasswordPolicy.Violation::messageKey).toList();
    }

    @Test
    void acceptsALongPasswordMixingTwoKindsOfCharacters() {
        assertThat(problems("lan.tran", "haiphong2026")).isEmpty();
        assertThat(problems("lan.tran", "innoport-demo")).isEmpty();
        assertThat(problems("lan.tran", "Đổi mới sáng tạo")).isEmpty();
    }

    @Test
    void refusesShortPasswordsNamingTheMinimum() {
        List<PasswordPolicy.Violation> violations = policy.check("lan.tran", "Ab1!");
        assertThat(violations).extracting(PasswordPolicy.Violation::messageKey).containsExactly("password.too-short");
        assertThat(violations.getFirst().arguments()).containsExactly(10);
    }

    @Test
    void theMinimumLengthIsConfigurable() {
        assertThat(new PasswordPolicy(16).check("x.y.z", "haiphong2026").getFirst().messageKey())
                .isEqualTo("password.too-short");
        assertThat(new PasswordPolicy(6).check("x.y.z", "abc123")).isEmpty();
    }

    @Test
    void refusesPasswordsOfOneKindOfCharacter() {
        assertThat(problems("lan.tran", "haiphongcity")).containsExactly("password.too-simple");
        assertThat(problems("lan.tran", "12345678901")).containsExactly("password.too-simple");
        assertThat(problems("lan.tran", "HAIPHONGCITY")).containsExactly("password.too-simple");
    }

    @Test
    void refusesPasswordsContainingTheUsernameWhateverTheCase() {
        assertThat(problems("lan.tran", "LAN.TRAN-2026")).containsExactly("password.contains-username");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(problems("abc", "abc")).containsExactly("password.too-short", "password.too-simple",
                "password.contains-username");
    }

    @Test
    void refusesPasswordsLongerThanBcryptCanRead() {
        assertThat(problems("lan.tran", "ab1".repeat(25))).containsExactly("password.too-long");
        assertThat(problems("lan.tran", "đ1".repeat(24))).isEmpty();
        assertThat(problems("lan.tran", "đ1".repeat(25))).containsExactly("password.too-long");
    }
}
