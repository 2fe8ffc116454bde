package org.innoport.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.innoport.indicators.ImportMode;
import org.innoport.indicators.ImportView;
import org.innoport.indicators.ValueSpreadsheets;
import org.innoport.platform.NavigationItem;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /data-imports}: an officer uploads a spreadsheet of values (and downloads one); the upload continues on the
 * job's progress page ({@code /jobs/{id}}, htmx), whose result link comes back to the import's page with its errors.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
class ValueImportController {

    private final ValueSpreadsheets spreadsheets;

    ValueImportController(ValueSpreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/data-imports")
    String form(Authentication authentication, Model model) {
        return page(authentication, model, null);
    }

    @PostMapping("/data-imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) ImportMode mode, Authentication authentication, Model model)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("file", "indicators.import.file-required");
            }
            try (InputStream in = file.getInputStream()) {
                ImportView started = spreadsheets.startImport(in, file.getOriginalFilename(), file.getContentType(),
                        mode, authentication.getName());
                return "redirect:/jobs/" + started.jobId();
            }
        } catch (RuleViolationException e) {
            return page(authentication, model, e);
        }
    }

    @GetMapping("/data-imports/{id}")
    String show(@PathVariable UUID id, Authentication authentication, Model model) {
        model.addAttribute("result", spreadsheets.get(id, authentication.getName(),
                ValueSpreadsheetApiController.admin(authentication)));
        return "indicators/import";
    }

    private String page(Authentication authentication, Model model, RuleViolationException error) {
        model.addAttribute("imports", spreadsheets.recent(authentication.getName(), 20));
        model.addAttribute("error", error);
        return "indicators/imports";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem dataImportsNavigationItem() {
            return NavigationItem.forRoles("nav.data-imports", "/data-imports", 44, "OFFICER", "ADMIN");
        }
    }
}
