package org.innoport.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster per data directory per JVM, shared by every application context that asks for it
 * (tests start several) and stopped when the last one closes — after its connection pool, never during a shutdown.
 */
final class EmbeddedCluster {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);
    private static final Map<String, EmbeddedCluster> RUNNING = new HashMap<>();

    private final String key;
    private final EmbeddedPostgres postgres;
    private int leases;

    private EmbeddedCluster(String key, EmbeddedPostgres postgres) {
        this.key = key;
        this.postgres = postgres;
    }

    static synchronized Lease acquire(EmbeddedDatabaseProperties properties) {
        String key = properties.dataDirectory() + ":" + properties.port();
        EmbeddedCluster cluster = RUNNING.computeIfAbsent(key, k -> new EmbeddedCluster(k, start(properties)));
        cluster.leases++;
        cluster.createDatabaseIfMissing(properties.database());
        return new Lease(cluster, cluster.postgres.getJdbcUrl("postgres", properties.database()));
    }

    private static synchronized void release(EmbeddedCluster cluster) {
        if (--cluster.leases > 0) {
            return;
        }
        RUNNING.remove(cluster.key);
        try {
            cluster.postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties embedded) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (embedded.port() > 0) {
                refuseTakenPort(embedded.port());
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
            EmbeddedPostgres postgres = builder.start();
            if (!embedded.dataDirectory().isBlank()) {
                checkDataDirectory(postgres, Path.of(embedded.dataDirectory()).toAbsolutePath().normalize());
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL. "
                    + "If it says 'initdb: cannot be run as root', run as a normal user or set SPRING_DATASOURCE_URL "
                    + "to an external PostgreSQL 15+ (see README).", e);
        }
    }

    /**
     * Another server on the port (a second InnoPort, a system PostgreSQL) would answer the readiness probe in place
     * of ours, and the application would run on someone else's database: refuse before starting.
     */
    private static void refuseTakenPort(int port) {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 500);
        } catch (IOException free) {
            return;
        }
        throw new IllegalStateException("Port " + port + " is already taken (another InnoPort or PostgreSQL is running "
                + "there). Stop it, or choose another port with INNOPORT_DATABASE_EMBEDDED_PORT "
                + "(innoport.database.embedded.port).");
    }

    /** The server that answers must be the one that runs on our data directory. */
    private static void checkDataDirectory(EmbeddedPostgres postgres, Path expected) throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("show data_directory")) {
            result.next();
            Path actual = Path.of(result.getString(1)).toAbsolutePath().normalize();
            if (!Files.isSameFile(actual, expected)) {
                postgres.close();
                throw new IllegalStateException("The PostgreSQL answering on port " + postgres.getPort()
                        + " runs on " + actual + ", not on " + expected + "; refusing to use it.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the embedded PostgreSQL's data directory", e);
        }
    }

    private void createDatabaseIfMissing(String database) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
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

    /** A context's hold on the cluster; released when the context closes. */
    record Lease(EmbeddedCluster cluster, String jdbcUrl) {

        void release() {
            EmbeddedCluster.release(cluster);
        }
    }
}
