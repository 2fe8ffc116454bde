package org.innoport.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policy (configurable: regulations and provinces differ).
 *
 * @param maxFailedAttempts failures in a row that lock an account
 * @param lockDuration how long the lock lasts
 * @param passwordMinLength minimum password length
 * @param tokenLifetime lifetime of an API token
 * @param adminUsername the first administrator's username ({@code INNOPORT_ADMIN_USERNAME}, default {@code admin})
 * @param adminPassword the first administrator's password ({@code INNOPORT_ADMIN_PASSWORD}); blank when unset
 */
@ConfigurationProperties("innoport.identity")
public record IdentityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int passwordMinLength,
        @DefaultValue("30d") Duration tokenLifetime,
        @DefaultValue("admin") String adminUsername,
        @DefaultValue("") String adminPassword) {

    public boolean adminPasswordGiven() {
        return adminPassword != null && !adminPassword.isBlank();
    }

    @Override
    public String toString() {
        return "IdentityProperties[maxFailedAttempts=" + maxFailedAttempts + ", lockDuration=" + lockDuration
                + ", passwordMinLength=" + passwordMinLength + ", tokenLifetime=" + tokenLifetime
                + ", adminUsername=" + adminUsername + ", adminPassword=" + (adminPasswordGiven() ? "****" : "") + "]";
    }
}
