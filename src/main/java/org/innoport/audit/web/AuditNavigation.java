package org.innoport.audit.web;

import org.innoport.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's place in the main navigation (administrators only). */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditNavigationItem() {
        return NavigationItem.forRoles("nav.audit", "/admin/audit", 90, "ADMIN");
    }
}
