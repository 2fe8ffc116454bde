package org.innoport.policy.web;

import org.innoport.platform.NavigationItem;
import org.innoport.platform.PublicPages;
import org.innoport.policy.PolicyDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /documents}: the public register of policy documents and how they implement each other. */
@Controller
class DocumentController {

    private final PolicyDocuments documents;

    DocumentController(PolicyDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/documents")
    String list(Model model) {
        model.addAttribute("documents", documents.all());
        return "policy/list";
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem policyDocumentsNavigationItem() {
            return NavigationItem.forEveryone("nav.documents", "/documents", 41);
        }

        /** Policy documents are public. */
        @Bean
        PublicPages policyPublicPages() {
            return PublicPages.of("/documents/**", "/api/v1/documents/**", "/api/v1/documents.csv");
        }
    }
}
