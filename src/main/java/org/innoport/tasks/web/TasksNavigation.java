package org.innoport.tasks.web;

import org.innoport.platform.NavigationItem;
import org.innoport.platform.PublicPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tasks module's entries in the main navigation, and its public pages (programmes). */
@Configuration(proxyBeanMethods = false)
class TasksNavigation {

    @Bean
    NavigationItem programmesNavigation() {
        return NavigationItem.forEveryone("nav.tasks.programmes", "/programmes", 40);
    }

    @Bean
    NavigationItem proposalsNavigation() {
        return NavigationItem.forRoles("nav.tasks.proposals", "/proposals", 41, NavigationItem.AUTHENTICATED);
    }

    @Bean
    NavigationItem callsNavigation() {
        return NavigationItem.forRoles("nav.tasks.calls", "/calls", 42, NavigationItem.AUTHENTICATED);
    }

    @Bean
    NavigationItem applicationsBoardNavigation() {
        return NavigationItem.forRoles("nav.tasks.board", "/applications", 43, "OFFICER", "LEADER", "ADMIN");
    }

    @Bean
    NavigationItem myApplicationsNavigation() {
        return NavigationItem.forRoles("nav.tasks.my-applications", "/applications", 43, "APPLICANT");
    }

    @Bean
    NavigationItem decisionsNavigation() {
        return NavigationItem.forRoles("nav.tasks.decisions", "/decisions", 44, "LEADER");
    }

    @Bean
    NavigationItem taskRegisterNavigation() {
        return NavigationItem.forRoles("nav.tasks.tasks", "/tasks", 45, "OFFICER", "LEADER", "ADMIN", "APPLICANT");
    }

    @Bean
    NavigationItem portfolioNavigation() {
        return NavigationItem.forRoles("nav.tasks.portfolio", "/tasks/portfolio", 46, "OFFICER", "LEADER", "ADMIN");
    }

    @Bean
    PublicPages tasksPublicPages() {
        return PublicPages.of("/programmes", "/programmes/**", "/api/v1/programmes", "/api/v1/programmes/**");
    }
}
