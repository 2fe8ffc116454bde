package org.innoport.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.innoport.platform.NotificationStatus;
import org.innoport.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class OutboxMessageTests {

    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    static final Duration DELAY = Duration.ofMinutes(1);

    OutboxMessage message() {
        return new OutboxMessage("applicant", "applicant@example.org", "Hạn nộp hồ sơ", "Còn 3 ngày.", NOW);
    }

    @Test
    void isPendingUntilSent() {
        OutboxMessage message = message();
        assertThat(message.toNotification().status()).isEqualTo(NotificationStatus.PENDING);
        message.markSent(NOW.plusSeconds(30));
        assertThat(message.toNotification()).satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.sentAt()).isEqualTo(NOW.plusSeconds(30));
        });
        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void retriesWithGrowingDelaysAndFailsAtTheAttemptLimit() {
        OutboxMessage message = message();
        message.recordFailure("MailSendException: connection refused", NOW, 3, DELAY);
        assertThat(message.toNotification().status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(message.toNotification().attempts()).isEqualTo(1);
        assertThat(message.toNotification().lastError()).isEqualTo("MailSendException: connection refused");
        message.recordFailure("again", NOW, 3, DELAY);
        assertThat(message.toNotification().status()).isEqualTo(NotificationStatus.PENDING);
        message.recordFailure("x".repeat(2000), NOW, 3, DELAY);
        assertThat(message.toNotification().status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(message.toNotification().attempts()).isEqualTo(3);
        assertThat(message.toNotification().lastError()).hasSize(500);
        assertThatThrownBy(() -> message.recordFailure("more", NOW, 3, DELAY))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
