package org.innoport.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.innoport.directory.Classifications;
import org.innoport.directory.DirectoryImports;
import org.innoport.directory.DirectorySearch;
import org.innoport.directory.ImportMode;
import org.innoport.directory.ImportReport;
import org.innoport.directory.ImportResource;
import org.innoport.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The directory's search page and the import page. */
@Controller
class DirectoryPagesController {

    private final DirectorySearch search;
    private final DirectoryImports imports;
    private final Classifications classifications;

    DirectoryPagesController(DirectorySearch search, DirectoryImports imports, Classifications classifications) {
        this.search = search;
        this.imports = imports;
        this.classifications = classifications;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String field, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("field", field);
        model.addAttribute("results", search.search(q, type, field, false, Math.max(0, page), 20));
        model.addAttribute("classifications", classifications);
        return "directory/search";
    }

    @GetMapping("/directory/imports")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String importPage(Model model) {
        model.addAttribute("report", null);
        model.addAttribute("error", null);
        return "directory/import";
    }

    @PostMapping("/directory/imports")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String importFile(@RequestParam ImportResource resource, @RequestParam ImportMode mode,
                      @RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
        model.addAttribute("report", null);
        model.addAttribute("error", null);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "directory.import.empty");
            return "directory/import";
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport started = imports.start(resource, in, file.getOriginalFilename(), mode, locale);
            return "redirect:/jobs/" + started.jobId();
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return "directory/import";
    }

    /** Where the import job leads when it has finished: the page with the report. */
    @GetMapping("/directory/imports/{resource}/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String importReport(@PathVariable String resource, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("report", imports.report(ImportResource.ofPath(resource), id, locale));
        model.addAttribute("error", null);
        return "directory/import";
    }
}
