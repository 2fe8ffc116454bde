package org.innoport.tasks.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.tasks.Callers;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Commands.OpenCall;
import org.innoport.tasks.Identification;
import org.innoport.tasks.Selection;
import org.innoport.tasks.Views.ListingView;
import org.innoport.tasks.domain.ListingStatus;
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

/** Call pages: the list (officers open calls for listed tasks) and a call with its deadline countdown. */
@Controller
class CallController {

    private final Selection selection;
    private final Identification identification;
    private final Callers callers;
    private final Names names;

    CallController(Selection selection, Identification identification, Callers callers, Names names) {
        this.selection = selection;
        this.identification = identification;
        this.callers = callers;
        this.names = names;
    }

    @GetMapping("/calls")
    String list(@PageableDefault(size = 20, sort = "closesAt", direction = Sort.Direction.DESC) Pageable pageable,
                Model model) {
        model.addAttribute("calls", selection.calls(pageable));
        model.addAttribute("listed", identification.listings(ListingStatus.LISTED, PageRequest.of(0, 200)).getContent());
        return "tasks/calls";
    }

    @PostMapping("/calls")
    String open(@RequestParam String title,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                @RequestParam(required = false) Set<UUID> listingIds, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/calls", "tasks.page.call-opened", () -> selection.openCall(
                new OpenCall(title, PageActions.instant(opensAt), PageActions.instant(closesAt),
                        listingIds == null ? Set.of() : listingIds)));
    }

    @GetMapping("/calls/{id}")
    String detail(@PathVariable UUID id, Authentication auth, Model model) {
        var call = selection.call(id);
        List<ListingView> listings = call.listingIds().stream().map(identification::listing).toList();
        var applications = selection.applications(callers.of(auth.getName()), id, null,
                PageRequest.of(0, 200, Sort.by("createdAt"))).getContent();
        model.addAttribute("call", call);
        model.addAttribute("listings", listings);
        model.addAttribute("applications", applications);
        model.addAttribute("organisations", names.organisations(
                applications.stream().map(a -> a.organisationId()).toList()));
        return "tasks/call";
    }

    @PostMapping("/calls/{id}/close")
    String close(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/calls/" + id, "tasks.page.call-closed",
                () -> selection.closeCall(id, new Decision(version, null)));
    }
}
