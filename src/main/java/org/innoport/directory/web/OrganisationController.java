package org.innoport.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.directory.Classifications;
import org.innoport.directory.DuplicateCandidatesException;
import org.innoport.directory.EnterpriseSubtype;
import org.innoport.directory.Labs;
import org.innoport.directory.OrganisationDetails;
import org.innoport.directory.OrganisationStatus;
import org.innoport.directory.OrganisationType;
import org.innoport.directory.OrganisationView;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: public list and profile; officer create, edit (with duplicate candidates) and merge. */
@Controller
class OrganisationController {

    private final Organisations organisations;
    private final Labs labs;
    private final Classifications classifications;

    OrganisationController(Organisations organisations, Labs labs, Classifications classifications) {
        this.organisations = organisations;
        this.labs = labs;
        this.classifications = classifications;
    }

    @GetMapping("/organisations")
    String list(OrganisationFilter query, @RequestParam java.util.Map<String, String> values,
                @PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("page", organisations.list(query.toQuery(), pageable));
        model.addAttribute("stCount", organisations.countScienceTechnologyOrganisations());
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("classifications", classifications.all());
        model.addAttribute("baseUrl", "/organisations?" + query.toQueryString());
        return "directory/organisations";
    }

    @GetMapping("/organisations/{id}")
    String profile(@PathVariable UUID id, Model model) {
        OrganisationView organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("labs", labs.list(new LabQuery(null, id, null, null), PageRequest.of(0, 50)).getContent());
        model.addAttribute("classifications", classifications);
        model.addAttribute("mergedInto", organisation.mergedIntoId() == null ? null : organisations.get(organisation.mergedIntoId()));
        return "directory/organisation";
    }

    @GetMapping("/organisations/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(Model model) {
        return form(model, null, new OrganisationDetails(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), List.of());
    }

    @PostMapping("/organisations/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@Valid @ModelAttribute("form") OrganisationDetails form, BindingResult errors,
                  @RequestParam(defaultValue = "false") boolean confirmDuplicates, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null, form, List.of());
        }
        try {
            OrganisationView created = organisations.create(form, confirmDuplicates);
            FlashMessage.success(redirect, "directory.flash.saved");
            return "redirect:/organisations/" + created.id();
        } catch (DuplicateCandidatesException e) {
            return form(model, null, form, e.candidates());
        } catch (RuleViolationException e) {
            FormErrors.reject(errors, e);
            return form(model, null, form, List.of());
        }
    }

    @GetMapping("/organisations/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        OrganisationView o = organisations.get(id);
        return form(model, id, new OrganisationDetails(o.name(), o.nameEn(), o.abbreviation(), o.type(), o.enterpriseSubtype(),
                o.taxCode(), o.registrationNumber(), o.registrationDate(), o.street(), o.commune(), o.province(),
                o.parentId(), o.website(), java.util.Set.copyOf(o.fields()), o.version()), List.of());
    }

    @PostMapping("/organisations/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationDetails form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id, form, List.of());
        }
        try {
            organisations.update(id, form);
            FlashMessage.success(redirect, "directory.flash.saved");
            return "redirect:/organisations/" + id;
        } catch (RuleViolationException e) {
            FormErrors.reject(errors, e);
            return form(model, id, form, List.of());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            errors.reject("directory.version.conflict");
            return form(model, id, form, List.of());
        }
    }

    @GetMapping("/organisations/{id}/merge")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String mergeForm(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        OrganisationView organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("q", q == null ? organisation.name() : q);
        model.addAttribute("candidates", organisations.list(OrganisationQuery.text(q == null ? organisation.name() : q),
                PageRequest.of(0, 10)).getContent().stream().filter(o -> !o.id().equals(id)).toList());
        return "directory/organisation-merge";
    }

    @PostMapping("/organisations/{id}/merge")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String merge(@PathVariable UUID id, @RequestParam UUID targetId, @RequestParam long version,
                 RedirectAttributes redirect) {
        organisations.merge(id, version, targetId);
        FlashMessage.success(redirect, "directory.flash.merged");
        return "redirect:/organisations/" + targetId;
    }

    @PostMapping("/organisations/{id}/status")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String changeStatus(@PathVariable UUID id, @RequestParam OrganisationStatus status, @RequestParam long version,
                        RedirectAttributes redirect) {
        organisations.changeStatus(id, version, status);
        FlashMessage.success(redirect, "directory.flash.saved");
        return "redirect:/organisations/" + id;
    }

    private String form(Model model, UUID id, OrganisationDetails form, List<org.innoport.directory.DuplicateCandidate> candidates) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("candidates", candidates);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("subtypes", EnterpriseSubtype.values());
        model.addAttribute("classifications", classifications.all());
        model.addAttribute("parents", organisations.list(new OrganisationQuery(null, null, null, null, null, null),
                PageRequest.of(0, 200, Sort.by("name"))).getContent());
        if (!(model.getAttribute("errors") instanceof BindingResult)) {
            Object bound = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
            model.addAttribute("errors", bound instanceof BindingResult result ? result
                    : new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
        }
        return "directory/organisation-form";
    }

    /** The list's filters as bound from the query string. */
    record OrganisationFilter(String q, OrganisationType type, String province, String field, Boolean st) {
        OrganisationQuery toQuery() {
            return new OrganisationQuery(q, type, province, field, st, null);
        }

        String toQueryString() {
            StringBuilder out = new StringBuilder();
            append(out, "q", q);
            append(out, "type", type == null ? null : type.name());
            append(out, "province", province);
            append(out, "field", field);
            append(out, "st", st == null ? null : st.toString());
            return out.toString();
        }

        /** The given request parameters as a query string (for pagination links). */
        static String query(java.util.Map<String, String> values, String... names) {
            StringBuilder out = new StringBuilder();
            for (String name : names) {
                append(out, name, values.get(name));
            }
            return out.toString();
        }

        static void append(StringBuilder out, String name, String value) {
            if (value != null && !value.isBlank()) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
