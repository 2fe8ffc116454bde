package org.innoport.policy.web;

import java.io.IOException;
import java.io.InputStream;
import org.innoport.platform.FlashMessage;
import org.innoport.platform.NavigationItem;
import org.innoport.platform.PublicPages;
import org.innoport.policy.PolicyAttachments;
import org.innoport.policy.PolicyDocuments;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /documents}: the public register of policy documents and how they implement each other. */
@Controller
class DocumentController {

    private final PolicyDocuments documents;
    private final PolicyAttachments attachments;

    DocumentController(PolicyDocuments documents, PolicyAttachments attachments) {
        this.documents = documents;
        this.attachments = attachments;
    }

    @GetMapping("/documents")
    String list(Model model) {
        model.addAttribute("documents", documents.all());
        return "policy/list";
    }

    /** The upload form of the document page; the file is judged by its content, as through the API. */
    @PostMapping(path = "/documents/{id}/attachments", consumes = "multipart/form-data")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String attach(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
                  Authentication authentication, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            FlashMessage.warning(redirect, "policy.attachment.file-required");
            return "redirect:/documents/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            attachments.attach(id, in, file.getSize(), file.getOriginalFilename(), file.getContentType(),
                    authentication.getName());
            FlashMessage.success(redirect, "policy.attachments.added", file.getOriginalFilename());
        } catch (RuleViolationException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/documents/" + id;
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
