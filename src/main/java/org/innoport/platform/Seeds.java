package org.innoport.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Reference and demo data loaded at start-up. A seed runs only when its inputs — the loader's own class file and the
 * class-path files it reads — differ from those this database was last loaded from; an unchanged restart reads
 * nothing (ADR 0042). The load and its record commit together, so a failed load is tried again at the next start.
 *
 * <pre>{@code
 * seeds.load(PolicySeed.class, () -> addMissingDocuments(read(RESOURCE)), RESOURCE);
 * }</pre>
 */
@Service
public class Seeds {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Seeds(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A seed's load; reading its files may fail. */
    @FunctionalInterface
    public interface Load {
        void run() throws IOException;
    }

    /** Runs {@code load} in one transaction unless {@code loader} and {@code resources} are unchanged since the last one. */
    public void load(Class<?> loader, Load load, String... resources) {
        String seed = loader.getName();
        String digest = digest(loader, resources);
        transactions.executeWithoutResult(status -> {
            boolean current = jdbc.sql("select exists (select 1 from platform.seed_loads where seed = ? and digest = ?)")
                    .params(seed, digest).query(Boolean.class).single();
            if (current) {
                return;
            }
            try {
                load.run();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load seed " + seed, e);
            }
            jdbc.sql("""
                    insert into platform.seed_loads (seed, digest, loaded_at) values (?, ?, ?)
                    on conflict (seed) do update set digest = excluded.digest, loaded_at = excluded.loaded_at""")
                    .params(seed, digest, Timestamp.from(clock.instant())).update();
        });
    }

    private static String digest(Class<?> loader, String... resources) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            update(sha256, new ClassPathResource(ClassUtils.getClassFileName(loader), loader));
            for (String resource : resources) {
                update(sha256, new ClassPathResource(resource));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            digest.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed input " + resource.getPath(), e);
        }
    }
}
