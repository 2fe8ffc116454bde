package org.innoport.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import org.innoport.platform.Notification;
import org.innoport.platform.NotificationStatus;
import org.innoport.platform.Notifications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code spring.mail.host} set, the sender e-mails pending notifications over SMTP (GreenMail here). */
@SpringBootTest(properties = {
        "innoport.notifications.send-interval=1h",
        "innoport.notifications.batch-size=100000",
        "innoport.notifications.from=InnoPort Hải Phòng <no-reply@innoport.test>"})
@ActiveProfiles({"test", "demo"})
class OutboxSmtpTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxSender sender;

    @Test
    void sendsPendingNotificationsAsUtf8MailAndMarksThemSent() throws Exception {
        String recipient = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = "Quyết định phê duyệt đề tài " + recipient;
        notifications.send(recipient, recipient + "@example.org", subject, "Kính gửi ông/bà,\nĐề tài đã được phê duyệt.");

        sender.sendPending();

        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return subject.equals(message.getSubject());
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(recipient + "@example.org");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@innoport.test");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("Đề tài đã được phê duyệt.");

        Notification stored = notifications.of(recipient, PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
    }

    @Test
    void anAddressTheMailServerCannotUseIsRetriedLaterWithTheErrorRecorded() {
        String recipient = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        notifications.send(recipient, "not an address", "Thông báo", "Nội dung");

        sender.sendPending();

        Notification stored = notifications.of(recipient, PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(stored.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.lastError()).isNotBlank();
        assertThat(stored.sentAt()).isNull();
    }
}
