package org.innoport.platform.web;

import java.time.format.DateTimeFormatter;
import org.innoport.platform.InstanceProperties;
import org.innoport.platform.Notifications;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's notifications, and for administrators the whole outbox with its delivery state. */
@Controller
class NotificationController {

    private static final int PAGE_SIZE = 20;

    private final Notifications notifications;
    private final DateTimeFormatter timestamps;

    NotificationController(Notifications notifications, InstanceProperties instance) {
        this.notifications = notifications;
        this.timestamps = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(instance.zoneId());
    }

    @GetMapping("/notifications")
    String mine(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        model.addAttribute("page", notifications.of(authentication.getName(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("timestamps", timestamps);
        return "platform/notifications/list";
    }

    @GetMapping("/admin/outbox")
    @PreAuthorize("hasRole('ADMIN')")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", notifications.all(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("timestamps", timestamps);
        return "platform/notifications/outbox";
    }
}
