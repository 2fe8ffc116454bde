package org.innoport.tasks.web;

import org.innoport.tasks.Callers;
import org.innoport.tasks.Identification;
import org.innoport.tasks.Selection;
import org.innoport.tasks.domain.ApplicationStatus;
import org.innoport.tasks.domain.ProposalStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /decisions}: what waits for the LEADER: recommended proposals to list, appraised applications to approve. */
@Controller
class DecisionController {

    private final Identification identification;
    private final Selection selection;
    private final Callers callers;
    private final Names names;

    DecisionController(Identification identification, Selection selection, Callers callers, Names names) {
        this.identification = identification;
        this.selection = selection;
        this.callers = callers;
        this.names = names;
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAnyRole('LEADER', 'OFFICER', 'ADMIN')")
    String decisions(Authentication auth, Model model) {
        var caller = callers.of(auth.getName());
        var page = PageRequest.of(0, 100, Sort.by("updatedAt"));
        var appraised = selection.applications(caller, null, ApplicationStatus.APPRAISED, page).getContent();
        model.addAttribute("proposals",
                identification.proposals(caller, null, ProposalStatus.RECOMMENDED, page).getContent());
        model.addAttribute("applications", appraised);
        model.addAttribute("organisations", names.organisations(appraised.stream().map(a -> a.organisationId()).toList()));
        return "tasks/decisions";
    }
}
