package org.innoport.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.innoport.directory.DirectoryProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search with the embedded Lucene backend: the Vietnamese analyzers, the index directory (./data/index by
 * default; a throw-away directory when blank, as in tests), and synchronous indexing so that a record is found right
 * after the transaction that saved it commits.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer directorySearchProperties(DirectoryProperties properties) {
        Path root = indexRoot(properties.indexDirectory());
        return hibernate -> {
            hibernate.putIfAbsent("hibernate.search.backend.analysis.configurer",
                    "class:" + VietnameseAnalysisConfigurer.class.getName());
            hibernate.putIfAbsent("hibernate.search.backend.directory.root", root.toString());
            hibernate.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "sync");
            // Pinned so that a Lucene upgrade does not silently change analysis of existing indexes.
            hibernate.putIfAbsent("hibernate.search.backend.lucene_version", "9.12.3");
        };
    }

    static Path indexRoot(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try {
            Path temporary = Files.createTempDirectory("innoport-index-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temporary)));
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
