package org.innoport.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts real PostgreSQL binaries when no external server is configured (see ADR 0002).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__never__")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedCluster.Lease embeddedCluster(EmbeddedDatabaseProperties embedded) {
        return EmbeddedCluster.acquire(embedded);
    }

    /** Depends on the lease, so the pool closes before the cluster stops. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedCluster.Lease cluster) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(cluster.jdbcUrl())
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("innoport-embedded");
        return dataSource;
    }
}
