package org.innoport.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts real PostgreSQL binaries when no external server is configured (see ADR 0002).
 * One cluster per data directory per JVM, so test contexts share it and the application restarts on its data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__never__")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final Map<String, EmbeddedPostgres> CLUSTERS = new ConcurrentHashMap<>();

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseProperties embedded) {
        EmbeddedPostgres postgres = CLUSTERS.computeIfAbsent(embedded.dataDirectory() + ":" + embedded.port(),
                key -> start(embedded));
        createDatabaseIfMissing(postgres, embedded.database());
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", embedded.database()))
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("innoport-embedded");
        return dataSource;
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties embedded) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (embedded.port() > 0) {
                builder.setPort(embedded.port());
            }
            if (!embedded.dataDirectory().isBlank()) {
                Path directory = Path.of(embedded.dataDirectory()).toAbsolutePath().normalize();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
                log.info("Starting embedded PostgreSQL with data in {}", directory);
            } else {
                log.info("Starting embedded PostgreSQL in a temporary directory");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL. "
                    + "If it says 'initdb: cannot be run as root', run as a normal user or set SPRING_DATASOURCE_URL "
                    + "to an external PostgreSQL 15+ (see README).", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        DataSource admin = postgres.getPostgresDatabase();
        try (var connection = admin.getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " in the embedded PostgreSQL", e);
        }
    }
}
