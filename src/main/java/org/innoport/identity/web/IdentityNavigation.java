package org.innoport.identity.web;

import org.innoport.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigation() {
        return NavigationItem.forRoles("nav.users", "/admin/users", 900, "ADMIN");
    }

    @Bean
    NavigationItem profileNavigation() {
        return NavigationItem.forRoles("nav.profile", "/profile", 990, NavigationItem.AUTHENTICATED);
    }
}
