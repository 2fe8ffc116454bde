package org.innoport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.innoport.InnoPortApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code java -jar innoport.jar admin create --username=NAME}, run in-process through the same entry point as the
 * jar's {@code main} (minus {@code System.exit}), against the test's database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AdministratorCommandTests {

    @Autowired
    Accounts accounts;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsAnAdministratorWithThePasswordFromTheEnvironmentAndExitsWithZero() {
        String username = UserMother.uniqueUsername("boss");
        int exit = run("admin", "create", "--username=" + username, "--innoport.identity.admin-password=Hai-Phong-2030");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Administrator '" + username + "' created");
        UserSummary created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.ADMIN);
        assertThat(created.demo()).isFalse();
    }

    @Test
    void refusesAWeakPasswordListingEveryRuleAndExitsWithOne() {
        String username = UserMother.uniqueUsername("weak");
        int exit = run("admin", "create", "--username=" + username, "--password=" + username);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("not created: the password does not meet the policy")
                .contains("The password must not contain the username.");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void refusesATakenUsernameInVietnameseWhenAsked() {
        int exit = run("admin", "create", "--username=officer", "--password=Hai-Phong-2030", "--lang=vi");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Tên đăng nhập officer đã được sử dụng.");
    }

    @Test
    void createsTheFirstAdministratorOfAnEmptyProductionDatabase() {
        String database = "cli_" + UUID.randomUUID().toString().replace("-", "");
        int exit = run("admin", "create", "--username=chief", "--password=Hai-Phong-2030",
                "--spring.profiles.active=test,production", "--innoport.database.embedded.database=" + database);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Administrator 'chief' created");
    }

    @Test
    void explainsItsUsageWithoutStartingAnything() {
        assertThat(run("admin", "create")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing --username=NAME")
                .contains("Usage: java -jar innoport.jar admin create --username=NAME");
        assertThat(AdministratorCommand.matches(new String[] {"admin", "create"})).isTrue();
        assertThat(AdministratorCommand.matches(new String[] {"--server.port=8181"})).isFalse();
    }

    private int run(String... args) {
        String[] withProfile = args;
        if (java.util.Arrays.stream(args).noneMatch(arg -> arg.startsWith("--spring.profiles.active="))) {
            withProfile = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--spring.profiles.active=test")).toArray(String[]::new);
        }
        return AdministratorCommand.run(InnoPortApplication.class, withProfile,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
