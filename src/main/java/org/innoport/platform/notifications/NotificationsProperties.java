package org.innoport.platform.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail delivery of the outbox, active only when {@code spring.mail.host} is set.
 *
 * @param from sender address of every e-mail
 * @param sendInterval pause between two runs of the sender
 * @param batchSize messages sent at most per run
 * @param maxAttempts attempts before a message is marked FAILED
 * @param retryDelay wait after the first failure, doubled after each further one
 */
@ConfigurationProperties("innoport.notifications")
public record NotificationsProperties(@DefaultValue("InnoPort <no-reply@innoport.local>") String from,
                                      @DefaultValue("30s") Duration sendInterval,
                                      @DefaultValue("50") int batchSize,
                                      @DefaultValue("5") int maxAttempts,
                                      @DefaultValue("1m") Duration retryDelay) {
}
