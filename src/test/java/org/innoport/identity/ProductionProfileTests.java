package org.innoport.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.InnoPortApplication;
import org.innoport.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile refuses to start a server anyone could enter with a published password, and creates the
 * first administrator from {@code INNOPORT_ADMIN_PASSWORD}. Each case starts a real application next to the test's
 * own (which keeps the shared embedded cluster running and holds the demo users).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ProductionProfileTests {

    @Test
    void refusesToStartWhileDemoUsersExist() {
        assertThatThrownBy(() -> startProduction("innoport").close())
                .rootCause().hasMessage(ProductionGuard.DEMO_USERS);
    }

    @Test
    void refusesToStartWithoutAnAdministratorAndWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> startProduction(freshDatabase()).close())
                .rootCause().hasMessage(ProductionGuard.NO_ADMINISTRATOR)
                .hasMessageContaining("INNOPORT_ADMIN_PASSWORD");
    }

    @Test
    void createsTheFirstAdministratorFromTheAdministratorPassword() {
        try (ConfigurableApplicationContext context = startProduction(freshDatabase(),
                "--innoport.identity.admin-username=chief", "--innoport.identity.admin-password=Hai-Phong-2030")) {
            Accounts accounts = context.getBean(Accounts.class);
            UserSummary chief = accounts.findByUsername("chief").orElseThrow();
            assertThat(chief.roles()).containsExactly(Role.ADMIN);
            assertThat(chief.demo()).isFalse();
            assertThat(accounts.findByUsername("admin")).isEmpty();
            assertThatThrownBy(() -> UserMother.asAdmin(() -> accounts.deactivate(chief.id())))
                    .isInstanceOf(IllegalTransitionException.class).hasMessage("user.last-administrator");
        }
    }

    @Test
    void aWeakAdministratorPasswordStopsTheStartAndSaysWhy() {
        assertThatThrownBy(() -> startProduction(freshDatabase(), "--innoport.identity.admin-password=short").close())
                .hasStackTraceContaining("INNOPORT_ADMIN_PASSWORD is set")
                .hasStackTraceContaining("at least 10 characters");
    }

    private static String freshDatabase() {
        return "production_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Command-line arguments, as an operator's environment would: they win over application.properties. */
    private static ConfigurableApplicationContext startProduction(String database, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--innoport.database.embedded.database=" + database,
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(InnoPortApplication.class).profiles("test", "production")
                .run(all.toArray(String[]::new));
    }
}
