package org.innoport.indicators.web;

import java.util.List;
import org.innoport.indicators.ConsistencyAudit;
import org.innoport.indicators.Finding;
import org.innoport.indicators.IndicatorCatalogue;
import org.innoport.indicators.Targets;
import org.innoport.platform.NavigationItem;
import org.innoport.platform.PublicPages;
import org.innoport.policy.PolicyAttachments;
import org.innoport.policy.PolicyDocuments;
import org.innoport.shared.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the city dashboard, the indicator list and pages, and the document traceability view. */
@Controller
class DashboardController {

    private final Targets targets;
    private final IndicatorCatalogue catalogue;
    private final ConsistencyAudit audit;
    private final PolicyDocuments documents;
    private final PolicyAttachments attachments;

    DashboardController(Targets targets, IndicatorCatalogue catalogue, ConsistencyAudit audit,
                        PolicyDocuments documents, PolicyAttachments attachments) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.audit = audit;
        this.documents = documents;
        this.attachments = attachments;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("targets", targets.all());
        return "indicators/dashboard";
    }

    @GetMapping("/indicators")
    String list(Model model) {
        model.addAttribute("indicators", catalogue.all());
        model.addAttribute("findings", audit.run());
        return "indicators/list";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, Model model) {
        model.addAttribute("indicator", catalogue.get(code));
        model.addAttribute("values", catalogue.cityValues(code));
        model.addAttribute("targets", targets.forIndicator(code));
        List<Finding> findings = audit.runFor(code);
        model.addAttribute("findings", findings);
        return "indicators/indicator";
    }

    @GetMapping("/documents/{id}")
    String traceability(@PathVariable long id, Model model) {
        var document = documents.all().stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("document", id));
        model.addAttribute("document", document);
        model.addAttribute("targets", targets.forCommitments(
                document.commitments().stream().map(c -> c.code()).toList()));
        model.addAttribute("attachments", attachments.of(id));
        return "indicators/traceability";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem dashboardNavigationItem() {
            return NavigationItem.forEveryone("nav.dashboard", "/dashboard", 40);
        }

        @Bean
        NavigationItem indicatorsNavigationItem() {
            return NavigationItem.forEveryone("nav.indicators", "/indicators", 42);
        }

        /** Dashboards, indicators, targets and the consistency audit are open data. */
        @Bean
        PublicPages indicatorsPublicPages() {
            return PublicPages.of("/dashboard", "/indicators/**", "/api/v1/indicators", "/api/v1/indicators/*",
                    "/api/v1/indicators/*/values", "/api/v1/indicators.csv",
                    "/api/v1/values.csv", "/api/v1/targets/**", "/api/v1/targets.csv", "/api/v1/audit-findings/**",
                    "/api/v1/audit-findings.csv");
        }
    }
}
