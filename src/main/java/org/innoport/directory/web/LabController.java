package org.innoport.directory.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.Classifications;
import org.innoport.directory.LabDetails;
import org.innoport.directory.LabStatus;
import org.innoport.directory.LabView;
import org.innoport.directory.Labs;
import org.innoport.directory.Organisations;
import org.innoport.directory.Queries.LabQuery;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.platform.FlashMessage;
import org.innoport.platform.FormErrors;
import org.innoport.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** VILAS lab pages: public list and profile; officer create and edit. */
@Controller
class LabController {

    private final Labs labs;
    private final Organisations organisations;
    private final Classifications classifications;
    private final java.time.Clock clock;

    LabController(Labs labs, Organisations organisations, Classifications classifications, java.time.Clock clock) {
        this.labs = labs;
        this.organisations = organisations;
        this.classifications = classifications;
        this.clock = clock;
    }

    @GetMapping("/labs")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                @RequestParam(required = false) LabStatus status,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate validOn,
                @RequestParam Map<String, String> values, @PageableDefault(size = 20) Pageable pageable, Model model) {
        java.time.LocalDate day = validOn == null ? java.time.LocalDate.now(clock) : validOn;
        model.addAttribute("page", labs.list(new LabQuery(q, null, field, status), pageable));
        model.addAttribute("validOn", day);
        model.addAttribute("validCount", labs.countValidOn(day));
        model.addAttribute("values", values);
        model.addAttribute("classifications", classifications.all());
        model.addAttribute("baseUrl", "/labs?" + OrganisationController.OrganisationFilter.query(values, "q", "field", "status"));
        return "directory/labs";
    }

    @GetMapping("/labs/{id}")
    String profile(@PathVariable UUID id, Model model) {
        model.addAttribute("lab", labs.get(id));
        model.addAttribute("classifications", classifications);
        return "directory/lab";
    }

    @GetMapping("/labs/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(@RequestParam(required = false) UUID organisationId, Model model) {
        return form(model, null, new LabDetails(null, organisationId, null, null, null, null, null, null, null), null);
    }

    @PostMapping("/labs/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@Valid @ModelAttribute("form") LabDetails form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                LabView lab = labs.create(form);
                FlashMessage.success(redirect, "directory.flash.saved");
                return "redirect:/labs/" + lab.id();
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/labs/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        LabView l = labs.get(id);
        return form(model, id, new LabDetails(l.name(), l.organisationId(), l.vilasNumber(), l.standard(),
                java.util.Set.copyOf(l.fields()), l.testTypes(), l.validFrom(), l.validTo(), l.version()), null);
    }

    @PostMapping("/labs/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") LabDetails form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                labs.update(id, form);
                FlashMessage.success(redirect, "directory.flash.saved");
                return "redirect:/labs/" + id;
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                errors.reject("directory.version.conflict");
            }
        }
        return form(model, id, form, errors);
    }

    private String form(Model model, UUID id, LabDetails form, BindingResult errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? new BeanPropertyBindingResult(form, "form") : errors);
        model.addAttribute("classifications", classifications.all());
        model.addAttribute("organisations", organisations.list(new OrganisationQuery(null, null, null, null, null, null),
                PageRequest.of(0, 200, Sort.by("name"))).getContent());
        return "directory/lab-form";
    }
}
