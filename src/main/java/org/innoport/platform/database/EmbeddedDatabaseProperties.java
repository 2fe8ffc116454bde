package org.innoport.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; blank means a throw-away directory (tests)
 * @param port fixed port, or 0 for a free one
 * @param database the database the application uses inside the cluster
 */
@ConfigurationProperties("innoport.database.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("innoport") String database) {
}
