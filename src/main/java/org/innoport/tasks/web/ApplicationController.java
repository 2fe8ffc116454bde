package org.innoport.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.innoport.directory.People;
import org.innoport.directory.Queries.PersonQuery;
import org.innoport.evaluation.ApplicantFeedback;
import org.innoport.shared.DomainException;
import org.innoport.tasks.Caller;
import org.innoport.tasks.Callers;
import org.innoport.tasks.Commands.ApplicationForm;
import org.innoport.tasks.Commands.Appraise;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.Identification;
import org.innoport.tasks.Selection;
import org.innoport.tasks.TaskRegister;
import org.innoport.tasks.Views.ApplicationView;
import org.innoport.tasks.domain.ApplicationStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Application pages: the officer's board by status (applicants: their organisation's applications), the form with
 * the budget plan by source and year, and the detail with the actions each role may take.
 */
@Controller
class ApplicationController {

    private final Selection selection;
    private final TaskRegister register;
    private final Identification identification;
    private final Callers callers;
    private final Names names;
    private final People people;

    ApplicationController(Selection selection, TaskRegister register, Identification identification,
                          Callers callers, Names names, People people) {
        this.selection = selection;
        this.register = register;
        this.identification = identification;
        this.callers = callers;
        this.names = names;
        this.people = people;
    }

    @GetMapping("/applications")
    String board(@RequestParam(required = false) ApplicationStatus status,
                 @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable,
                 Authentication auth, Model model) {
        Caller caller = callers.of(auth.getName());
        var page = selection.applications(caller, null, status, pageable);
        model.addAttribute("applications", page);
        model.addAttribute("counts", caller.staff() ? selection.countsByStatus() : Map.of());
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("organisations", names.organisations(page.map(ApplicationView::organisationId).toList()));
        return "tasks/applications";
    }

    @GetMapping("/applications/new")
    String form(@RequestParam UUID callId, @RequestParam UUID listingId, Authentication auth, Model model) {
        Caller caller = callers.of(auth.getName());
        var listing = identification.listing(listingId);
        fillForm(model, caller, selection.call(callId), listing, null);
        return "tasks/application-form";
    }

    @GetMapping("/applications/{id}/edit")
    String edit(@PathVariable UUID id, Authentication auth, Model model) {
        Caller caller = callers.of(auth.getName());
        ApplicationView application = selection.application(caller, id);
        fillForm(model, caller, selection.call(application.callId()),
                identification.listing(application.listingId()), application);
        return "tasks/application-form";
    }

    @PostMapping("/applications")
    String prepare(@RequestParam UUID callId, @RequestParam UUID listingId, @RequestParam UUID piPersonId,
                   @RequestParam(required = false) Set<UUID> teamPersonIds, @RequestParam(required = false) String content,
                   @RequestParam Map<String, String> parameters, Authentication auth, Locale locale,
                   RedirectAttributes redirect) {
        AtomicReference<UUID> created = new AtomicReference<>();
        String back = PageActions.run(redirect, "/calls/" + callId, "tasks.page.application-saved",
                () -> created.set(selection.prepare(callers.of(auth.getName()), new ApplicationForm(callId, listingId,
                        piPersonId, teamPersonIds, content, BudgetForm.lines(parameters, locale), null)).id()));
        return created.get() == null ? back : "redirect:/applications/" + created.get();
    }

    @PostMapping("/applications/{id}")
    String update(@PathVariable UUID id, @RequestParam UUID callId, @RequestParam UUID listingId,
                  @RequestParam UUID piPersonId, @RequestParam(required = false) Set<UUID> teamPersonIds,
                  @RequestParam(required = false) String content, @RequestParam long version,
                  @RequestParam Map<String, String> parameters, Authentication auth, Locale locale,
                  RedirectAttributes redirect) {
        return PageActions.run(redirect, "/applications/" + id, "tasks.page.application-saved",
                () -> selection.edit(callers.of(auth.getName()), id, new ApplicationForm(callId, listingId,
                        piPersonId, teamPersonIds, content, BudgetForm.lines(parameters, locale), version)));
    }

    @GetMapping("/applications/{id}")
    String detail(@PathVariable UUID id, Authentication auth, Model model) {
        Caller caller = callers.of(auth.getName());
        ApplicationView application = selection.application(caller, id);
        var listing = identification.listing(application.listingId());
        List<UUID> personIds = new ArrayList<>(application.teamPersonIds());
        personIds.add(application.piPersonId());
        ApplicantFeedback feedback = null;
        if (List.of("SELECTED", "NOT_SELECTED", "APPRAISED", "APPROVED").contains(application.status())) {
            try {
                feedback = selection.feedback(caller, id);
            } catch (DomainException e) {
                feedback = null;
            }
        }
        model.addAttribute("application", application);
        model.addAttribute("call", selection.call(application.callId()));
        model.addAttribute("listing", listing);
        model.addAttribute("organisation", names.organisations(Set.of(application.organisationId()))
                .getOrDefault(application.organisationId(), ""));
        model.addAttribute("people", names.people(personIds));
        model.addAttribute("own", application.organisationId().equals(caller.organisationId()));
        model.addAttribute("feedback", feedback);
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("years", years(application));
        return "tasks/application";
    }

    @PostMapping("/applications/{id}/{action:submit|withdraw|open|mark-valid|mark-invalid|approve}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
               @RequestParam(required = false) String reasons, Authentication auth, RedirectAttributes redirect) {
        Caller caller = callers.of(auth.getName());
        Decision decision = new Decision(version, reasons);
        String target = "/applications/" + id;
        return PageActions.run(redirect, target, "tasks.page.application-" + action, () -> {
            switch (action) {
                case "submit" -> selection.submit(caller, id, decision);
                case "withdraw" -> selection.withdraw(caller, id, decision);
                case "open" -> selection.open(id, decision);
                case "mark-valid" -> selection.markCompleteness(id, true, decision);
                case "mark-invalid" -> selection.markCompleteness(id, false, decision);
                default -> register.approve(auth.getName(), id, decision);
            }
        });
    }

    @PostMapping("/applications/{id}/appraise")
    String appraise(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> parameters,
                    Locale locale, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/applications/" + id, "tasks.page.application-appraise",
                () -> register.appraise(id, new Appraise(BudgetForm.lines(parameters, locale), version)));
    }

    private void fillForm(Model model, Caller caller, Object call, Object listing, ApplicationView application) {
        var listingView = (org.innoport.tasks.Views.ListingView) listing;
        var members = caller.organisationId() == null ? List.of()
                : people.list(new PersonQuery(null, caller.organisationId(), null, null), PageRequest.of(0, 200))
                .getContent();
        List<Integer> years = BudgetForm.years(LocalDate.now(PageActions.CITY_ZONE).getYear(),
                listingView.durationMonths());
        if (application != null) {
            Set<Integer> all = new HashSet<>(years);
            application.budgetLines().forEach(line -> all.add(line.fiscalYear()));
            years = all.stream().sorted().toList();
        }
        model.addAttribute("call", call);
        model.addAttribute("listing", listingView);
        model.addAttribute("members", members);
        model.addAttribute("application", application);
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("years", years);
    }

    private static List<Integer> years(ApplicationView application) {
        Set<Integer> years = new HashSet<>();
        application.budgetLines().forEach(line -> years.add(line.fiscalYear()));
        application.approvedBudget().forEach(line -> years.add(line.fiscalYear()));
        if (years.isEmpty()) {
            years.add(LocalDate.now(PageActions.CITY_ZONE).getYear());
        }
        return years.stream().sorted().toList();
    }
}
