package org.innoport.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTrainerTests {

    @TempDir
    Path dir;

    @Test
    void aMissingCacheOrOneTrainedForAnotherJdkOptionsOrClassPathIsStaleAndAMatchingOneIsNot() throws Exception {
        Path cache = dir.resolve("innoport.aot");
        String stamp = AotCacheTrainer.stamp("/jdk", "25.0.3", List.of("-Xmx1g"), "a.jar:b.jar");
        assertThat(AotCacheTrainer.stale(cache, stamp)).isTrue();

        Files.writeString(cache, "cache");
        assertThat(AotCacheTrainer.stale(cache, stamp)).as("no stamp").isTrue();

        Files.writeString(dir.resolve("innoport.aot.stamp"), stamp);
        assertThat(AotCacheTrainer.stale(cache, stamp)).isFalse();
        assertThat(AotCacheTrainer.stale(cache, AotCacheTrainer.stamp("/jdk", "25.0.4", List.of("-Xmx1g"),
                "a.jar:b.jar"))).as("another JDK").isTrue();
        assertThat(AotCacheTrainer.stale(cache, AotCacheTrainer.stamp("/jdk", "25.0.3", List.of("-Xmx2g"),
                "a.jar:b.jar"))).as("other options").isTrue();
        assertThat(AotCacheTrainer.stale(cache, AotCacheTrainer.stamp("/jdk", "25.0.3", List.of("-Xmx1g"),
                "a.jar:c.jar"))).as("another class path").isTrue();
    }

    @Test
    void theTrainingJvmRepeatsTheOptionsButNotTheCacheItIsReplacingAndRunsOnItsOwnDataUntilReady() {
        List<String> options = AotCacheTrainer.jvmOptions(List.of("-XX:TieredStopAtLevel=1",
                "-XX:AOTCache=target/run/innoport.aot", "-Xlog:aot=off", "-Xlog:cds=off",
                "-Dinnoport.aot-cache.file=target/run/innoport.aot", "-Dfile.encoding=UTF-8"));
        assertThat(options).containsExactly("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

        List<String> command = AotCacheTrainer.command("/jdk", options, Path.of("/w/innoport.aot.training"),
                "a.jar:b.jar", "org.innoport.InnoPortApplication", Path.of("/tmp/x"), 54400);
        assertThat(command).containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-XX:AOTCacheOutput=/w/innoport.aot.training", "-Dinnoport.aot-cache.training=true", "-cp", "a.jar:b.jar",
                "org.innoport.InnoPortApplication", "--server.port=0", "--spring.main.banner-mode=off",
                "--innoport.database.embedded.port=54400", "--innoport.database.embedded.data-directory=/tmp/x/pg",
                "--innoport.directory.index-directory=/tmp/x/index", "--innoport.files.root=/tmp/x/files");
    }
}
