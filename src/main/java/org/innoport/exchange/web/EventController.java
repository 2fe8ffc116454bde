package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.directory.Organisations;
import org.innoport.exchange.EventKind;
import org.innoport.exchange.EventOutcomeView;
import org.innoport.exchange.EventView;
import org.innoport.exchange.Events;
import org.innoport.exchange.FairBooths;
import org.innoport.platform.FlashMessage;
import org.innoport.platform.FormErrors;
import org.innoport.shared.DomainException;
import org.innoport.shared.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
 * Event pages: the public list (by kind) and detail with seats left and, for a fair, its booths; signed-in users
 * register and cancel; officers create events, check attendees in, record outcomes and assign booths.
 */
@Controller
class EventController {


    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";

    private final Events events;
    private final FairBooths booths;
    private final Organisations organisations;

    EventController(Events events, FairBooths booths, Organisations organisations) {
        this.events = events;
        this.booths = booths;
        this.organisations = organisations;
    }

    @GetMapping("/exchange/events")
    String list(@RequestParam(required = false) EventKind kind, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("page", events.upcoming(kind, PageRequest.of(Math.max(0, page), 20)));
        return "exchange/events";
    }

    @GetMapping("/exchange/events/{id}")
    String detail(@PathVariable UUID id, Model model, Authentication authentication) {
        return detail(id, model, authentication, null, null);
    }

    private String detail(UUID id, Model model, Authentication authentication, Events.OutcomeEntry outcomeForm,
                          BindingResult outcomeErrors) {
        EventView event = events.get(id);
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        boolean officer = signedIn && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
        EventOutcomeView outcome = events.outcome(id).orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("registrations", signedIn ? events.registrations(id) : List.of());
        model.addAttribute("officer", officer);
        model.addAttribute("outcome", outcome);
        model.addAttribute("booths", event.kind() == EventKind.FAIR ? booths.of(id) : List.of());
        if (officer) {
            Events.OutcomeEntry form = outcomeForm != null ? outcomeForm : outcome == null
                    ? new Events.OutcomeEntry(null, 0, 0, 0, 0L, null)
                    : new Events.OutcomeEntry(outcome.version(), outcome.connectionsMade(), outcome.mous(),
                    outcome.contracts(), outcome.contractValueVnd(), outcome.note());
            model.addAttribute("outcomeForm", form);
            model.addAttribute("errors", outcomeErrors == null ? new BeanPropertyBindingResult(form, "outcomeForm")
                    : outcomeErrors);
            if (event.kind() == EventKind.FAIR) {
                model.addAttribute("organisations", organisations.list(new OrganisationQuery(null, null, null, null,
                        null, null), PageRequest.of(0, 200, Sort.by("name"))).getContent());
                model.addAttribute("showable", booths.showable());
            }
        }
        if (!model.containsAttribute("organisations")) {
            model.addAttribute("organisations", List.of());
            model.addAttribute("showable", List.of());
        }
        if (!model.containsAttribute("outcomeForm")) {
            Events.OutcomeEntry none = new Events.OutcomeEntry(null, 0, 0, 0, 0L, null);
            model.addAttribute("outcomeForm", none);
            model.addAttribute("errors", new BeanPropertyBindingResult(none, "outcomeForm"));
        }
        return "exchange/event";
    }

    @GetMapping("/exchange/events/new")
    @PreAuthorize(OFFICER)
    String newForm(Model model) {
        return form(model, EventForm.empty(), null);
    }

    @PostMapping("/exchange/events/new")
    @PreAuthorize(OFFICER)
    String create(@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EventView created = events.create(form.toCommand());
                FlashMessage.success(redirect, "event.flash.created");
                return "redirect:/exchange/events/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, form, errors);
    }

    @PostMapping("/exchange/events/{id}/register")
    @PreAuthorize("isAuthenticated()")
    String register(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            var registration = events.register(id);
            FlashMessage.success(redirect, "event.flash.registered." + registration.status().name());
        });
    }

    @PostMapping("/exchange/events/{id}/registrations/{registrationId}/cancel")
    @PreAuthorize("isAuthenticated()")
    String cancel(@PathVariable UUID id, @PathVariable UUID registrationId, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            events.cancel(id, registrationId);
            FlashMessage.success(redirect, "event.flash.cancelled");
        });
    }

    @PostMapping("/exchange/events/{id}/registrations/{registrationId}/check-in")
    @PreAuthorize(OFFICER)
    String checkIn(@PathVariable UUID id, @PathVariable UUID registrationId,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            events.checkIn(id, registrationId, version);
            FlashMessage.success(redirect, "event.flash.checked-in");
        });
    }

    @PostMapping("/exchange/events/{id}/outcomes")
    @PreAuthorize(OFFICER)
    String outcome(@PathVariable UUID id, @Valid @ModelAttribute("outcomeForm") Events.OutcomeEntry form,
                   BindingResult errors, Model model, Authentication authentication, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                events.recordOutcome(id, form);
                FlashMessage.success(redirect, "event.flash.outcome");
                return "redirect:/exchange/events/" + id;
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            } catch (OptimisticLockingFailureException e) {
                errors.reject("event.version.conflict");
            }
        }
        return detail(id, model, authentication, form, errors);
    }

    @PostMapping("/exchange/events/{id}/booths")
    @PreAuthorize(OFFICER)
    String createBooth(@PathVariable UUID id, @RequestParam(required = false) String code,
                       RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (code == null || code.isBlank() || !code.strip().matches("[\\p{L}\\p{N}._-]{1,20}")) {
                throw new RuleViolationException("code", "event.booth.code-invalid");
            }
            booths.create(id, new FairBooths.NewBooth(code.strip()));
            FlashMessage.success(redirect, "event.flash.booth-created");
        });
    }

    @PostMapping("/exchange/events/{id}/booths/{boothId}/assign")
    @PreAuthorize(OFFICER)
    String assign(@PathVariable UUID id, @PathVariable UUID boothId, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) UUID exhibitorOrganisationId,
                  @RequestParam(required = false) List<UUID> listingIds, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (exhibitorOrganisationId == null) {
                throw new RuleViolationException("exhibitorOrganisationId", "event.booth.exhibitor-required");
            }
            booths.assign(id, boothId, new FairBooths.Assignment(version, exhibitorOrganisationId,
                    listingIds == null ? List.of() : listingIds));
            FlashMessage.success(redirect, "event.flash.booth-assigned");
        });
    }

    @PostMapping("/exchange/events/{id}/booths/{boothId}/unassign")
    @PreAuthorize(OFFICER)
    String unassign(@PathVariable UUID id, @PathVariable UUID boothId, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            booths.unassign(id, boothId, version);
            FlashMessage.success(redirect, "event.flash.booth-unassigned");
        });
    }

    /** Runs a button's action; a refusal comes back as a warning on the detail page. */
    private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        } catch (OptimisticLockingFailureException e) {
            FlashMessage.warning(redirect, "event.version.conflict");
        }
        return "redirect:/exchange/events/" + id;
    }

    private String form(Model model, EventForm form, BindingResult errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? new BeanPropertyBindingResult(form, "form") : errors);
        return "exchange/event-form";
    }
}
