package org.innoport.directory.web;

import org.innoport.platform.NavigationItem;
import org.innoport.platform.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's entries in the main navigation, and its public pages. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationItem organisationsNavigation() {
        return NavigationItem.forEveryone("nav.directory.organisations", "/organisations", 20);
    }

    @Bean
    NavigationItem labsNavigation() {
        return NavigationItem.forEveryone("nav.directory.labs", "/labs", 21);
    }

    @Bean
    NavigationItem directorySearchNavigation() {
        return NavigationItem.forEveryone("nav.directory.search", "/search", 22);
    }

    @Bean
    NavigationItem peopleNavigation() {
        return NavigationItem.forRoles("nav.directory.people", "/people", 23, "OFFICER", "LEADER", "ADMIN");
    }

    @Bean
    NavigationItem expertsNavigation() {
        return NavigationItem.forRoles("nav.directory.experts", "/experts", 24, "OFFICER", "LEADER", "ADMIN");
    }

    @Bean
    NavigationItem equipmentNavigation() {
        return NavigationItem.forRoles("nav.directory.equipment", "/equipment", 25, "OFFICER", "LEADER", "ADMIN");
    }

    @Bean
    NavigationItem directoryImportsNavigation() {
        return NavigationItem.forRoles("nav.directory.imports", "/directory/imports", 26, "OFFICER", "ADMIN");
    }

    /** Organisation and lab profiles, search (without personal data) and the classification are public. */
    @Bean
    PublicPages directoryPublicPages() {
        return PublicPages.of("/organisations/**", "/labs/**", "/search", "/api/v1/organisations/**",
                "/api/v1/labs/**", "/api/v1/search", "/api/v1/classifications");
    }
}
