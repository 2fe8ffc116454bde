package org.innoport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
class SeedsIntegrationTests {

    static final String POLICY = "demo/policy/documents.json";
    static final String PROGRAMMES = "demo/tasks/programmes.json";

    @Autowired
    Seeds seeds;
    @Autowired
    JdbcClient jdbc;

    static class UnchangedLoader {
    }

    static class ChangedLoader {
    }

    static class FailingLoader {
    }

    @Test
    void aSeedWhoseInputsAreUnchangedIsNotLoadedAgain() {
        AtomicInteger runs = new AtomicInteger();

        seeds.load(UnchangedLoader.class, runs::incrementAndGet, POLICY);
        seeds.load(UnchangedLoader.class, runs::incrementAndGet, POLICY);

        assertThat(runs).hasValue(1);
        assertThat(recorded(UnchangedLoader.class)).isEqualTo(1);
    }

    @Test
    void aSeedWhoseFilesChangedIsLoadedAgain() {
        AtomicInteger runs = new AtomicInteger();

        seeds.load(ChangedLoader.class, runs::incrementAndGet, POLICY);
        seeds.load(ChangedLoader.class, runs::incrementAndGet, POLICY, PROGRAMMES);
        seeds.load(ChangedLoader.class, runs::incrementAndGet, POLICY, PROGRAMMES);

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedLoadLeavesNothingAndIsTriedAgain() {
        assertThatThrownBy(() -> seeds.load(FailingLoader.class, () -> {
            jdbc.sql("insert into platform.seed_loads (seed, digest, loaded_at) values ('half-loaded', 'x', now())")
                    .update();
            throw new IllegalStateException("the seed file is broken");
        }, POLICY)).hasMessage("the seed file is broken");

        assertThat(jdbc.sql("select count(*) from platform.seed_loads where seed = 'half-loaded'").query(Long.class)
                .single()).isZero();
        assertThat(recorded(FailingLoader.class)).isZero();

        AtomicInteger runs = new AtomicInteger();
        seeds.load(FailingLoader.class, runs::incrementAndGet, POLICY);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theStartUpSeedsAreRecordedAfterTheyRan() {
        assertThat(jdbc.sql("select seed from platform.seed_loads").query(String.class).list()).contains(
                "org.innoport.policy.seed.PolicySeed", "org.innoport.indicators.seed.IndicatorSeed",
                "org.innoport.tasks.seed.ProgrammeSeed", "org.innoport.directory.DemoDirectory",
                "org.innoport.identity.DemoUsers");
    }

    private long recorded(Class<?> loader) {
        return jdbc.sql("select count(*) from platform.seed_loads where seed = ?").param(loader.getName())
                .query(Long.class).single();
    }
}
