package org.innoport.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedClusterTests {

    @Test
    void refusesToStartWhenItsPortIsAlreadyTakenInsteadOfUsingSomeoneElsesServer(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var properties = new EmbeddedDatabaseProperties(data.resolve("pg").toString(), taken.getLocalPort(), "innoport");
            assertThatThrownBy(() -> EmbeddedCluster.acquire(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already taken")
                    .hasMessageContaining("INNOPORT_DATABASE_EMBEDDED_PORT");
            assertThat(Files.exists(data.resolve("pg").resolve("PG_VERSION"))).as("nothing was initialised").isFalse();
        }
    }
}
