package org.innoport.tasks.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.tasks.Callers;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Commands.ListTask;
import org.innoport.tasks.Commands.OpenRound;
import org.innoport.tasks.Commands.ProposalForm;
import org.innoport.tasks.Identification;
import org.innoport.tasks.Programmes;
import org.innoport.tasks.SelectionMode;
import org.innoport.tasks.TaskLevel;
import org.innoport.tasks.TaskType;
import org.innoport.tasks.domain.ProposalStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposal pages: rounds (officers open them), proposals (anyone signed in), screening and the LEADER's listing. */
@Controller
class ProposalController {

    private final Identification identification;
    private final Programmes programmes;
    private final Callers callers;

    ProposalController(Identification identification, Programmes programmes, Callers callers) {
        this.identification = identification;
        this.programmes = programmes;
        this.callers = callers;
    }

    @GetMapping("/proposals")
    String list(@RequestParam(required = false) ProposalStatus status,
                @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable,
                Authentication auth, Model model) {
        model.addAttribute("proposals", identification.proposals(callers.of(auth.getName()), null, status, pageable));
        model.addAttribute("rounds", identification.rounds(PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "opensAt"))).getContent());
        model.addAttribute("status", status);
        return "tasks/proposals";
    }

    @PostMapping("/proposal-rounds")
    String openRound(@RequestParam String name,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                     RedirectAttributes redirect) {
        return PageActions.run(redirect, "/proposals", "tasks.page.round-opened", () -> identification.openRound(
                new OpenRound(name, PageActions.instant(opensAt), PageActions.instant(closesAt))));
    }

    @GetMapping("/proposals/new")
    String form(Model model) {
        model.addAttribute("rounds", identification.rounds(PageRequest.of(0, 50)).getContent().stream()
                .filter(r -> r.open()).toList());
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("types", TaskType.values());
        model.addAttribute("proposal", null);
        return "tasks/proposal-form";
    }

    @GetMapping("/proposals/{id}/edit")
    String editForm(@PathVariable UUID id, Authentication auth, Model model) {
        var proposal = identification.proposal(callers.of(auth.getName()), id);
        model.addAttribute("rounds", List.of(identification.round(proposal.roundId())));
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("types", TaskType.values());
        model.addAttribute("proposal", proposal);
        return "tasks/proposal-form";
    }

    @PostMapping("/proposals/{id}")
    String edit(@PathVariable UUID id, @RequestParam UUID roundId, @RequestParam String title,
                @RequestParam TaskType type, @RequestParam UUID programmeId, @RequestParam String problem,
                @RequestParam String objectives, @RequestParam String expectedResults,
                @RequestParam Money estimatedBudget, @RequestParam int durationMonths, @RequestParam long version,
                Authentication auth, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/proposals/" + id, "tasks.page.proposal-saved",
                () -> identification.editProposal(callers.of(auth.getName()), id, new ProposalForm(roundId, title,
                        type, TaskLevel.CITY, programmeId, problem, objectives, expectedResults, estimatedBudget,
                        durationMonths, version)));
    }

    @PostMapping("/proposals")
    String propose(@RequestParam UUID roundId, @RequestParam String title, @RequestParam TaskType type,
                   @RequestParam UUID programmeId, @RequestParam String problem, @RequestParam String objectives,
                   @RequestParam String expectedResults, @RequestParam Money estimatedBudget,
                   @RequestParam int durationMonths, Authentication auth, RedirectAttributes redirect) {
        var created = new java.util.concurrent.atomic.AtomicReference<UUID>();
        String back = PageActions.run(redirect, "/proposals", "tasks.page.proposal-saved", () -> created.set(
                identification.propose(callers.of(auth.getName()), new ProposalForm(roundId, title, type,
                        TaskLevel.CITY, programmeId, problem, objectives, expectedResults, estimatedBudget,
                        durationMonths, null)).id()));
        return created.get() == null ? back : "redirect:/proposals/" + created.get();
    }

    @GetMapping("/proposals/{id}")
    String detail(@PathVariable UUID id, Authentication auth, Model model) {
        var proposal = identification.proposal(callers.of(auth.getName()), id);
        model.addAttribute("proposal", proposal);
        model.addAttribute("round", identification.round(proposal.roundId()));
        model.addAttribute("programme", programmes.get(proposal.programmeId()));
        model.addAttribute("own", proposal.proposer().equals(auth.getName()));
        model.addAttribute("modes", SelectionMode.values());
        return "tasks/proposal";
    }

    @PostMapping("/proposals/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam long version, Authentication auth,
                  RedirectAttributes redirect) {
        return PageActions.run(redirect, "/proposals/" + id, "tasks.page.proposal-submitted",
                () -> identification.submitProposal(callers.of(auth.getName()), id, new Decision(version, null)));
    }

    @PostMapping("/proposals/{id}/mark-valid")
    String markValid(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/proposals/" + id, "tasks.page.screened",
                () -> identification.screenProposal(id, true, new Decision(version, null)));
    }

    @PostMapping("/proposals/{id}/return")
    String giveBack(@PathVariable UUID id, @RequestParam long version, @RequestParam String reasons,
                    RedirectAttributes redirect) {
        return PageActions.run(redirect, "/proposals/" + id, "tasks.page.screened",
                () -> identification.screenProposal(id, false, new Decision(version, reasons)));
    }

    @PostMapping("/proposals/{id}/list")
    String list(@PathVariable UUID id, @RequestParam long version, @RequestParam SelectionMode selectionMode,
                @RequestParam Money budgetCeiling, Authentication auth, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/proposals/" + id, "tasks.page.listed",
                () -> identification.list(auth.getName(), id, new ListTask(selectionMode, budgetCeiling, version)));
    }
}
