package org.innoport.platform.notifications;

import org.innoport.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in reads their notifications; administrators also see the whole outbox. */
@Configuration(proxyBeanMethods = false)
class NotificationsNavigation {

    @Bean
    NavigationItem notificationsLink() {
        return NavigationItem.forRoles("nav.notifications", "/notifications", 900, NavigationItem.AUTHENTICATED);
    }

    @Bean
    NavigationItem outboxLink() {
        return NavigationItem.forRoles("nav.outbox", "/admin/outbox", 990, "ADMIN");
    }
}
