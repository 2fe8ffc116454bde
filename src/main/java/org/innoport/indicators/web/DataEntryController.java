package org.innoport.indicators.web;

import java.math.BigDecimal;
import org.innoport.indicators.IndicatorCatalogue;
import org.innoport.indicators.Qualifier;
import org.innoport.indicators.ValueEntry;
import org.innoport.indicators.ValueStatus;
import org.innoport.platform.FlashMessage;
import org.innoport.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /data-entry/{code}}: an officer records a published or estimated value with its source. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
class DataEntryController {

    private final IndicatorCatalogue catalogue;

    DataEntryController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/data-entry/{code}")
    String form(@PathVariable String code, Model model) {
        model.addAttribute("indicator", catalogue.get(code));
        model.addAttribute("form", ValueForm.blank());
        model.addAttribute("errors", null);
        return "indicators/entry";
    }

    @PostMapping("/data-entry/{code}")
    String record(@PathVariable String code, @Validated @ModelAttribute("form") ValueForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (form == null) {
            model.addAttribute("indicator", catalogue.get(code));
            model.addAttribute("form", ValueForm.blank());
            model.addAttribute("errors", errors);
            return "indicators/entry";
        }
        if (form.value() == null && !errors.hasFieldErrors("value")) {
            errors.rejectValue("value", "NotNull");
        }
        if (form.qualifier() == null && !errors.hasFieldErrors("qualifier")) {
            errors.rejectValue("qualifier", "NotNull");
        }
        if (form.status() == null && !errors.hasFieldErrors("status")) {
            errors.rejectValue("status", "NotNull");
        }
        if (!errors.hasErrors()) {
            try {
                catalogue.record(code, form.entry());
                FlashMessage.success(redirect, "indicators.entry.saved");
                return "redirect:/indicators/" + code;
            } catch (RuleViolationException e) {
                errors.rejectValue(e.field() == null ? "value" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("indicator", catalogue.get(code));
        model.addAttribute("errors", errors);
        return "indicators/entry";
    }
}
