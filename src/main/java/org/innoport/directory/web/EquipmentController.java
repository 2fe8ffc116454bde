package org.innoport.directory.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.EquipmentDetails;
import org.innoport.directory.EquipmentRegister;
import org.innoport.directory.EquipmentView;
import org.innoport.directory.Organisations;
import org.innoport.directory.Queries.EquipmentQuery;
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

/** Equipment pages: list for signed-in users, create and edit for officers. */
@Controller
class EquipmentController {

    private final EquipmentRegister equipment;
    private final Organisations organisations;

    EquipmentController(EquipmentRegister equipment, Organisations organisations) {
        this.equipment = equipment;
        this.organisations = organisations;
    }

    @GetMapping("/equipment")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean shareable,
                @RequestParam Map<String, String> values, @PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("page", equipment.list(new EquipmentQuery(q, null, null, null, shareable), pageable));
        model.addAttribute("values", values);
        model.addAttribute("baseUrl", "/equipment?" + OrganisationController.OrganisationFilter.query(values, "q", "shareable"));
        return "directory/equipment";
    }

    @GetMapping("/equipment/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(Model model) {
        return form(model, null, new EquipmentDetails(null, null, null, null, null, null, null, false, null), null);
    }

    @PostMapping("/equipment/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@Valid @ModelAttribute("form") EquipmentDetails form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                equipment.create(form);
                FlashMessage.success(redirect, "directory.flash.saved");
                return "redirect:/equipment";
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/equipment/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String editForm(@PathVariable UUID id, Model model) {
        EquipmentView e = equipment.get(id);
        return form(model, id, new EquipmentDetails(e.name(), e.ownerOrganisationId(), e.labId(), e.category(), e.model(),
                e.year(), e.valueVnd(), e.shareable(), e.version()), null);
    }

    @PostMapping("/equipment/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") EquipmentDetails form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                equipment.update(id, form);
                FlashMessage.success(redirect, "directory.flash.saved");
                return "redirect:/equipment";
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                errors.reject("directory.version.conflict");
            }
        }
        return form(model, id, form, errors);
    }

    private String form(Model model, UUID id, EquipmentDetails form, BindingResult errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? new BeanPropertyBindingResult(form, "form") : errors);
        model.addAttribute("organisations", organisations.list(new OrganisationQuery(null, null, null, null, null, null),
                PageRequest.of(0, 200, Sort.by("name"))).getContent());
        return "directory/equipment-form";
    }
}
