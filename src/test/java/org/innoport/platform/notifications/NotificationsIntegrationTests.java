package org.innoport.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.innoport.platform.Notification;
import org.innoport.platform.NotificationStatus;
import org.innoport.platform.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The embedded default: no SMTP server, so notifications stay in the outbox and are read in-app. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class NotificationsIntegrationTests {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxSender sender;
    @Autowired
    MockMvc mvc;

    static String someone() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void withoutMailConfigurationMessagesStayPendingInTheOutbox() {
        String recipient = someone();
        notifications.send(recipient, recipient + "@example.org", "Hạn nộp hồ sơ", "Còn 3 ngày để nộp hồ sơ.");

        sender.sendPending();

        Notification stored = notifications.of(recipient, PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(stored.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.sentAt()).isNull();
        assertThat(stored.email()).isEqualTo(recipient + "@example.org");
    }

    @Test
    void usersReadTheirOwnNotificationsNewestFirstAndNobodyElses() throws Exception {
        String reader = someone();
        String other = someone();
        notifications.send(reader, null, "Hồ sơ đã được tiếp nhận", "Hồ sơ ĐT.2026.014 đã được tiếp nhận.\nCảm ơn.");
        notifications.send(reader, reader + "@example.org", "Kết quả xét chọn", "Đề tài được phê duyệt.");
        notifications.send(other, null, "Thư của người khác " + other, "Bí mật");

        String page = mvc.perform(get("/notifications").with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kết quả xét chọn", "Hồ sơ đã được tiếp nhận", "Hồ sơ ĐT.2026.014 đã được tiếp nhận.")
                .doesNotContain("Thư của người khác", "Bí mật", "??");
        assertThat(page.indexOf("Kết quả xét chọn")).isLessThan(page.indexOf("Hồ sơ đã được tiếp nhận"));
    }

    @Test
    void someoneWithoutNotificationsSeesAnEmptyStateInTheirLanguage() throws Exception {
        String page = mvc.perform(get("/notifications").with(user(someone())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bạn chưa có thông báo nào.");

        String english = mvc.perform(get("/notifications").param("lang", "en").with(user(someone())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("You have no notifications yet.", "My notifications");
    }

    @Test
    void administratorsSeeEveryMessageAndItsDeliveryStateInTheOutbox() throws Exception {
        String recipient = someone();
        notifications.send(recipient, null, "Nhắc lịch họp hội đồng " + recipient, "Thứ Hai, 8 giờ.");

        String page = mvc.perform(get("/admin/outbox").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hộp thư đi", recipient, "Nhắc lịch họp hội đồng " + recipient, "Chờ gửi",
                "(chỉ trong ứng dụng)")
                .doesNotContain("??");

        mvc.perform(get("/admin/outbox").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void theNavigationLinksNotificationsForSignedInUsersAndTheOutboxForAdministrators() throws Exception {
        String applicant = mvc.perform(get("/").with(user("applicant").roles("APPLICANT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(applicant).contains("href=\"/notifications\"").doesNotContain("href=\"/admin/outbox\"");

        String admin = mvc.perform(get("/").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("href=\"/notifications\"", "href=\"/admin/outbox\"");

        String anonymous = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).doesNotContain("href=\"/notifications\"");
    }

    @Test
    void subjectsAreOneLine() {
        String recipient = someone();
        notifications.send(recipient, null, "Dòng một\r\nDòng hai", "Nội dung");
        assertThat(notifications.of(recipient, PageRequest.of(0, 1)).getContent().getFirst().subject())
                .isEqualTo("Dòng một Dòng hai");
    }
}
