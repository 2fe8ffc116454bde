package org.innoport.platform.startup;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trains the JVM's AOT cache (JEP 483/514) in the background, so that the next start of the same build on the same
 * JDK loads and links its classes from the cache instead of from the jars (ADR 0041). Enabled by
 * {@code innoport.aot-cache.file}, which {@code ./mvnw spring-boot:run} sets together with {@code -XX:AOTCache} of the
 * same file. When the application is ready and that file is missing or was trained for another JDK, JVM options or
 * class path, a second JVM starts the application with the same options and class path, {@code -XX:AOTCacheOutput},
 * a throw-away data directory (database, indexes, files) and {@link AotTrainingRun}, which exits once that application is ready; its cache is then moved into place with a
 * stamp of what it was trained for. The running application is not touched, only slowed for the minute it takes.
 */
@Component
@ConditionalOnProperty("innoport.aot-cache.file")
class AotCacheTrainer {

    private static final Logger log = LoggerFactory.getLogger(AotCacheTrainer.class);
    private static final List<String> OWN_OPTIONS = List.of("-XX:AOTCache", "-Dinnoport.aot-cache.file", "-Xlog:aot",
            "-Xlog:cds");

    private final Path cache;
    private volatile Process training;

    AotCacheTrainer(@Value("${innoport.aot-cache.file}") String file) {
        this.cache = Path.of(file).toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void trainWhenStale(ApplicationReadyEvent ready) {
        List<String> options = jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        String stamp = stamp(System.getProperty("java.home"), Runtime.version().toString(), options, classPath);
        if (!stale(cache, stamp)) {
            return;
        }
        Class<?> main = ready.getSpringApplication().getMainApplicationClass();
        Thread.ofPlatform().daemon().name("aot-cache-training").start(() -> train(options, classPath, main, stamp));
    }

    /** The cache must be retrained when it is missing or its stamp differs from what this JVM runs. */
    static boolean stale(Path cache, String stamp) {
        Path stampFile = stampFile(cache);
        try {
            return !Files.isRegularFile(cache) || !Files.isRegularFile(stampFile)
                    || !Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp);
        } catch (IOException unreadable) {
            return true;
        }
    }

    /** What a cache is valid for: the JDK, the JVM options (without this class's own) and the class path. */
    static String stamp(String javaHome, String javaVersion, List<String> options, String classPath) {
        return String.join("\n", javaHome, javaVersion, String.join(" ", options), classPath) + "\n";
    }

    /** The options of this JVM that the training JVM repeats: all but the AOT cache, its logging and this switch. */
    static List<String> jvmOptions(List<String> inputArguments) {
        return inputArguments.stream().filter(option -> OWN_OPTIONS.stream().noneMatch(option::startsWith)).toList();
    }

    /** The training command: same JDK, options and class path, the cache as output, its own data, exit when ready. */
    static List<String> command(String javaHome, List<String> options, Path output, String classPath, String main,
                                Path work, int databasePort) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(options);
        command.add("-XX:AOTCacheOutput=" + output);
        command.add("-D" + AotTrainingRun.SWITCH + "=true");
        command.addAll(List.of("-cp", classPath, main, "--server.port=0", "--spring.main.banner-mode=off",
                "--innoport.database.embedded.port=" + databasePort,
                "--innoport.database.embedded.data-directory=" + work.resolve("pg"),
                "--innoport.directory.index-directory=" + work.resolve("index"),
                "--innoport.files.root=" + work.resolve("files")));
        return command;
    }

    private void train(List<String> options, String classPath, Class<?> main, String stamp) {
        Path output = cache.resolveSibling(cache.getFileName() + ".training");
        Path logFile = cache.resolveSibling(cache.getFileName() + ".log");
        Path work = null;
        try {
            Files.createDirectories(cache.getParent());
            work = Files.createTempDirectory("innoport-aot-");
            List<String> command = command(System.getProperty("java.home"), options, output, classPath,
                    main.getName(), work, freePort());
            log.info("Training the AOT cache {} in the background for faster starts (log: {})", cache, logFile);
            training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            int exit = training.waitFor();
            if (exit == 0 && Files.isRegularFile(output)) {
                Files.move(output, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(stampFile(cache), stamp, StandardCharsets.UTF_8);
                log.info("AOT cache {} written; the next start uses it", cache);
            } else {
                log.warn("AOT cache training ended with exit code {} and no cache; see {}", exit, logFile);
            }
        } catch (IOException | RuntimeException failed) {
            log.warn("AOT cache training failed: {}", failed.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(output);
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    /** The application stops: a training still running stops too (its own shutdown stops its database). */
    @PreDestroy
    void stopTraining() throws InterruptedException {
        Process running = training;
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Path stampFile(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".stamp");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            log.debug("could not delete {}", path);
        }
    }
}
