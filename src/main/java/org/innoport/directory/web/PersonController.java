package org.innoport.directory.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.Classifications;
import org.innoport.directory.DuplicateCandidate;
import org.innoport.directory.DuplicateCandidatesException;
import org.innoport.directory.Organisations;
import org.innoport.directory.People;
import org.innoport.directory.PersonDetails;
import org.innoport.directory.PersonView;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.directory.Queries.PersonQuery;
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

/**
 * People and expert-pool pages for signed-in users; contact and birth data appear only when the service returns them
 * (staff, or the person themself). Officers create, edit and manage the expert pool.
 */
@Controller
class PersonController {

    private final People people;
    private final Organisations organisations;
    private final Classifications classifications;

    PersonController(People people, Organisations organisations, Classifications classifications) {
        this.people = people;
        this.organisations = organisations;
        this.classifications = classifications;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                @RequestParam Map<String, String> values, @PageableDefault(size = 20) Pageable pageable, Model model) {
        return list(new PersonQuery(q, null, field, null), values, pageable, model, false);
    }

    @GetMapping("/experts")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER', 'ADMIN')")
    String experts(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                   @RequestParam Map<String, String> values, @PageableDefault(size = 20) Pageable pageable, Model model) {
        return list(new PersonQuery(q, null, field, true), values, pageable, model, true);
    }

    private String list(PersonQuery query, Map<String, String> values, Pageable pageable, Model model, boolean experts) {
        model.addAttribute("page", people.list(query, pageable));
        model.addAttribute("values", values);
        model.addAttribute("experts", experts);
        model.addAttribute("classifications", classifications.all());
        model.addAttribute("baseUrl", (experts ? "/experts?" : "/people?")
                + OrganisationController.OrganisationFilter.query(values, "q", "field"));
        return "directory/people";
    }

    @GetMapping("/people/{id}")
    String profile(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.get(id));
        model.addAttribute("classifications", classifications);
        return "directory/person";
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(Model model) {
        return form(model, null, new PersonDetails(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null), null, List.of());
    }

    @PostMapping("/people/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@Valid @ModelAttribute("form") PersonDetails form, BindingResult errors,
                  @RequestParam(defaultValue = "false") boolean confirmDuplicates, Model model, RedirectAttributes redirect) {
        PersonDetails cleaned = withoutEmptyAffiliations(form);
        if (!errors.hasErrors()) {
            try {
                PersonView created = people.create(cleaned, confirmDuplicates);
                FlashMessage.success(redirect, "directory.flash.saved");
                return "redirect:/people/" + created.id();
            } catch (DuplicateCandidatesException e) {
                return form(model, null, form, errors, e.candidates());
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, null, form, errors, List.of());
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        PersonView p = people.get(id);
        var personal = p.personal();
        return form(model, id, new PersonDetails(p.fullName(), p.academicTitle(), p.degree(), p.orcid(),
                personal == null ? null : personal.email(), personal == null ? null : personal.phone(),
                personal == null ? null : personal.birthDate(), personal == null ? null : personal.birthPlace(),
                p.shortCv(), personal == null ? null : personal.accountUsername(), Set.copyOf(p.fields()), p.keywords(),
                p.affiliations().stream().map(a -> new PersonDetails.Affiliation(a.organisationId(), a.position(),
                        a.from(), a.to())).toList(), p.version()), null, List.of());
    }

    @PostMapping("/people/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonDetails form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                people.update(id, withoutEmptyAffiliations(form));
                FlashMessage.success(redirect, "directory.flash.saved");
                return "redirect:/people/" + id;
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                errors.reject("directory.version.conflict");
            }
        }
        return form(model, id, form, errors, List.of());
    }

    @PostMapping("/people/{id}/expert-pool")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String expertPool(@PathVariable UUID id, @RequestParam long version,
                      @RequestParam(required = false) Set<String> fields, @RequestParam(required = false) String note,
                      @RequestParam(defaultValue = "add") String action, RedirectAttributes redirect) {
        try {
            if ("remove".equals(action)) {
                people.removeFromExpertPool(id, version);
            } else {
                people.addToExpertPool(id, version, fields == null ? Set.of() : fields, note);
            }
            FlashMessage.success(redirect, "directory.flash.saved");
        } catch (RuleViolationException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/merge")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String mergeForm(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        PersonView person = people.get(id);
        String query = q == null ? person.fullName() : q;
        model.addAttribute("person", person);
        model.addAttribute("q", query);
        model.addAttribute("candidates", people.list(PersonQuery.text(query), PageRequest.of(0, 10)).getContent().stream()
                .filter(p -> !p.id().equals(id)).toList());
        return "directory/person-merge";
    }

    @PostMapping("/people/{id}/merge")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String merge(@PathVariable UUID id, @RequestParam UUID targetId, @RequestParam long version, RedirectAttributes redirect) {
        people.merge(id, version, targetId);
        FlashMessage.success(redirect, "directory.flash.merged");
        return "redirect:/people/" + targetId;
    }

    /** Affiliation rows the officer left empty are not affiliations. */
    private static PersonDetails withoutEmptyAffiliations(PersonDetails d) {
        List<PersonDetails.Affiliation> affiliations = d.affiliations().stream()
                .filter(a -> a != null && a.organisationId() != null).toList();
        return new PersonDetails(d.fullName(), d.academicTitle(), d.degree(), d.orcid(), d.email(), d.phone(), d.birthDate(),
                d.birthPlace(), d.shortCv(), d.accountUsername(), d.fields(), d.keywords(), affiliations, d.version());
    }

    private String form(Model model, UUID id, PersonDetails form, BindingResult errors, List<DuplicateCandidate> candidates) {
        List<PersonDetails.Affiliation> rows = new ArrayList<>(form.affiliations());
        while (rows.size() < 3) {
            rows.add(new PersonDetails.Affiliation(null, null, null, null));
        }
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("affiliations", rows);
        model.addAttribute("errors", errors == null ? new BeanPropertyBindingResult(form, "form") : errors);
        model.addAttribute("candidates", candidates);
        model.addAttribute("classifications", classifications.all());
        model.addAttribute("organisations", organisations.list(new OrganisationQuery(null, null, null, null, null, null),
                PageRequest.of(0, 200, Sort.by("name"))).getContent());
        return "directory/person-form";
    }
}
