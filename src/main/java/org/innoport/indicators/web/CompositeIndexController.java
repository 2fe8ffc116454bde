package org.innoport.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.innoport.indicators.CompositeExplanation;
import org.innoport.indicators.CompositeIndices;
import org.innoport.indicators.CompositeSettings;
import org.innoport.indicators.InvalidCompositeInputException;
import org.innoport.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /composite-indices}: frameworks, their runs, a run's ranking and, for one unit, the explanation of every
 * node's score with a "what if" panel (htmx swaps the recomputed table; without JavaScript the page reloads).
 * Officers and administrators upload; leaders read.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','LEADER','ADMIN')")
class CompositeIndexController {

    private final CompositeIndices indices;

    CompositeIndexController(CompositeIndices indices) {
        this.indices = indices;
    }

    @GetMapping("/composite-indices")
    String list(Model model) {
        return listPage(model, null);
    }

    @PostMapping("/composite-indices")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String importFramework(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
                           Model model) throws IOException {
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            if (in == null) {
                throw new InvalidCompositeInputException(java.util.List.of(
                        new InvalidCompositeInputException.Problem("file", "indicators.composite.file.required")));
            }
            return "redirect:/composite-indices/" + indices.importFramework(in, file.getOriginalFilename(),
                    user.getName()).id();
        } catch (InvalidCompositeInputException e) {
            return listPage(model, CompositeErrors.bindException(e, "composite").getBindingResult());
        }
    }

    @GetMapping("/composite-indices/{id}")
    String framework(@PathVariable UUID id, Model model) {
        return frameworkPage(id, model, null);
    }

    @PostMapping("/composite-indices/{id}/runs")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String run(@PathVariable UUID id, @RequestParam(name = "data", required = false) MultipartFile data,
               @RequestParam(name = "published", required = false) MultipartFile published,
               @RequestParam(required = false) String label, Authentication user, Model model) throws IOException {
        boolean withPublished = published != null && !published.isEmpty();
        try (InputStream in = data == null || data.isEmpty() ? null : data.getInputStream();
             InputStream pub = withPublished ? published.getInputStream() : null) {
            if (in == null) {
                throw new InvalidCompositeInputException(java.util.List.of(
                        new InvalidCompositeInputException.Problem("data", "indicators.composite.file.required")));
            }
            UUID run = indices.run(id, in, data.getOriginalFilename(), pub,
                    withPublished ? published.getOriginalFilename() : null, label, CompositeSettings.DEFAULTS,
                    user.getName()).id();
            return "redirect:/composite-indices/" + id + "/runs/" + run;
        } catch (InvalidCompositeInputException e) {
            return frameworkPage(id, model, CompositeErrors.bindException(e, "composite").getBindingResult());
        }
    }

    @GetMapping("/composite-indices/{id}/runs/{runId}")
    String run(@PathVariable UUID id, @PathVariable UUID runId, Model model) {
        model.addAttribute("framework", indices.framework(id));
        model.addAttribute("run", indices.run(id, runId));
        return "indicators/composite-run";
    }

    @GetMapping("/composite-indices/{id}/runs/{runId}/units/{unit}")
    String explain(@PathVariable UUID id, @PathVariable UUID runId, @PathVariable String unit, Model model) {
        return explainPage(indices.explain(id, runId, unit), id, model, null, false);
    }

    @PostMapping("/composite-indices/{id}/runs/{runId}/units/{unit}/what-if")
    String whatIf(@PathVariable UUID id, @PathVariable UUID runId, @PathVariable String unit,
                  @RequestParam(required = false) String indicator, @RequestParam(required = false) String value,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        boolean fragment = htmx != null;
        try {
            Double number = value == null || value.isBlank() ? null
                    : org.innoport.indicators.composite.Tables.number(value);
            if (value != null && !value.isBlank() && number == null) {
                throw new InvalidCompositeInputException(java.util.List.of(new InvalidCompositeInputException.Problem(
                        "value", "indicators.composite.data.not-a-number", String.valueOf(indicator), unit)));
            }
            return explainPage(indices.whatIf(id, runId, unit, indicator, number), id, model, null, fragment);
        } catch (InvalidCompositeInputException e) {
            return explainPage(indices.explain(id, runId, unit), id, model,
                    CompositeErrors.bindException(e, "whatIf").getBindingResult(), fragment);
        }
    }

    private String listPage(Model model, BindingResult errors) {
        model.addAttribute("frameworks", indices.frameworks());
        model.addAttribute("errors", errors);
        return "indicators/composite-list";
    }

    private String frameworkPage(UUID id, Model model, BindingResult errors) {
        model.addAttribute("framework", indices.framework(id));
        model.addAttribute("runs", indices.runs(id));
        model.addAttribute("errors", errors);
        return "indicators/composite-framework";
    }

    private String explainPage(CompositeExplanation explanation, UUID id, Model model, BindingResult errors,
                               boolean fragment) {
        model.addAttribute("framework", indices.framework(id));
        model.addAttribute("explanation", explanation);
        model.addAttribute("errors", errors);
        return fragment ? "indicators/composite-explain-table" : "indicators/composite-explain";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem compositeIndicesNavigationItem() {
            return NavigationItem.forRoles("nav.composite-indices", "/composite-indices", 45, "OFFICER", "LEADER",
                    "ADMIN");
        }
    }
}
