package org.innoport.platform.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails pending notifications when an SMTP server is configured ({@code spring.mail.host}); without one the
 * messages simply stay in the outbox, readable in-app. Each message is sent in its own transaction holding a row
 * lock ({@code for update skip locked}), so two senders never send the same message twice.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, NotificationsProperties properties,
                 Clock clock, PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${innoport.notifications.send-interval:30s}",
            initialDelayString = "${innoport.notifications.send-interval:30s}")
    void sendPending() {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return;
        }
        int sent = 0;
        while (sent < properties.batchSize() && Boolean.TRUE.equals(transactions.execute(status -> sendNext(mail)))) {
            sent++;
        }
    }

    /** Sends the oldest due message; false when none is due. */
    private boolean sendNext(JavaMailSender mail) {
        Optional<OutboxMessage> next = outbox.lockNextDue(clock.instant());
        if (next.isEmpty()) {
            return false;
        }
        OutboxMessage message = next.get();
        try {
            mail.send(mime(mail, message));
            message.markSent(clock.instant());
        } catch (MailException | MessagingException e) {
            String reason = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            log.warn("Could not e-mail notification {}: {}", message.id(), reason);
            message.recordFailure(e.getClass().getSimpleName() + ": " + reason, clock.instant(),
                    properties.maxAttempts(), properties.retryDelay());
        }
        return true;
    }

    private MimeMessage mime(JavaMailSender mail, OutboxMessage message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(message.email());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        return mime;
    }
}
