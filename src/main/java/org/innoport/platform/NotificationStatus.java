package org.innoport.platform;

/**
 * E-mail delivery of a notification. PENDING until sent (it stays PENDING while no SMTP server is configured, and for
 * recipients without an address, who read it in-app only); FAILED after the last allowed attempt.
 */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
