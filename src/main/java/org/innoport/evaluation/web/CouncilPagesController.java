package org.innoport.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.People;
import org.innoport.directory.PersonView;
import org.innoport.directory.Queries.PersonQuery;
import org.innoport.evaluation.Attendance;
import org.innoport.evaluation.CouncilManagement;
import org.innoport.evaluation.CouncilRole;
import org.innoport.evaluation.CouncilState;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.CouncilView;
import org.innoport.evaluation.Councils;
import org.innoport.evaluation.DossierResult;
import org.innoport.evaluation.NewCouncil;
import org.innoport.evaluation.NewDeclaration;
import org.innoport.evaluation.NewMember;
import org.innoport.evaluation.Scoring;
import org.innoport.evaluation.SheetInput;
import org.innoport.evaluation.SheetView;
import org.innoport.platform.FlashMessage;
import org.innoport.platform.NavigationItem;
import org.innoport.shared.DomainException;
import org.innoport.shared.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Council pages: the officer's list and council detail (members, declarations, attendance, results, minutes), and
 * the expert's council workspace (declaration, dossier, score sheet with live total, signing).
 */
@Controller
class CouncilPagesController {

    private final Councils councils;
    private final CouncilManagement management;
    private final Scoring scoring;
    private final People people;

    CouncilPagesController(Councils councils, CouncilManagement management, Scoring scoring, People people) {
        this.councils = councils;
        this.management = management;
        this.scoring = scoring;
        this.people = people;
    }

    @GetMapping("/councils")
    @PreAuthorize("hasAnyRole('EXPERT', 'OFFICER', 'LEADER', 'ADMIN')")
    String list(@PageableDefault(size = 50, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
                Model model) {
        model.addAttribute("page", councils.list(pageable));
        return "evaluation/councils";
    }

    @GetMapping("/councils/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String createForm(Model model) {
        model.addAttribute("templates", councils.templates());
        model.addAttribute("types", List.of(CouncilType.values()));
        return "evaluation/council-form";
    }

    @PostMapping("/councils/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String create(@RequestParam CouncilType type, @RequestParam String name, @RequestParam String decisionNumber,
                  @RequestParam LocalDate decisionDate, @RequestParam String subjectKind, @RequestParam UUID subjectId,
                  @RequestParam(required = false) String templateCode, RedirectAttributes redirect) {
        try {
            CouncilView council = management.create(new NewCouncil(type, name, decisionNumber, decisionDate,
                    new NewCouncil.Subject(subjectKind, subjectId), null, templateCode, null, null));
            FlashMessage.success(redirect, "evaluation.flash.created");
            return "redirect:/councils/" + council.id();
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
            return "redirect:/councils/new";
        }
    }

    @GetMapping("/councils/{id}")
    String detail(@PathVariable UUID id, Model model, Authentication authentication) {
        CouncilView council = councils.get(id);
        model.addAttribute("council", council);
        if (isStaff(authentication)) {
            model.addAttribute("sheets", scoring.sheets(id));
            model.addAttribute("results", council.state() == CouncilState.CLOSED ? councils.results(id) : List.<DossierResult>of());
            model.addAttribute("experts", council.state() == CouncilState.DRAFT ? experts() : List.<PersonView>of());
            model.addAttribute("roles", List.of(CouncilRole.values()));
            return "evaluation/council";
        }
        return "evaluation/workspace";
    }

    @PostMapping("/councils/{id}/members")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String addMember(@PathVariable UUID id, @RequestParam UUID personId, @RequestParam CouncilRole role,
                     RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.flash.member-added", () -> management.addMember(id, new NewMember(personId, role)));
    }

    @PostMapping("/councils/{id}/members/{memberId}/remove")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.flash.member-removed", () -> management.removeMember(id, memberId));
    }

    @PostMapping("/councils/{id}/convene")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String convene(@PathVariable UUID id, @RequestParam(required = false) Set<UUID> present,
                   @RequestParam(required = false) Set<UUID> writtenReviews,
                   @RequestParam(defaultValue = "false") boolean viceChairAuthorised, RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.flash.convened",
                () -> management.convene(id, new Attendance(present, writtenReviews, viceChairAuthorised)));
    }

    @PostMapping("/councils/{id}/close")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.flash.closed", () -> management.close(id));
    }

    @PostMapping("/councils/{id}/declarations")
    String declare(@PathVariable UUID id, @RequestParam(required = false) UUID dossierId,
                   @RequestParam(defaultValue = "false") boolean conflict, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.flash.declared",
                () -> scoring.declare(id, new NewDeclaration(dossierId, conflict, note)));
    }

    @GetMapping("/councils/{id}/dossiers/{dossierId}")
    String dossier(@PathVariable UUID id, @PathVariable UUID dossierId, Model model) {
        CouncilView council = councils.get(id);
        CouncilView.MyDossier mine = council.me() == null ? null : council.me().dossiers().stream()
                .filter(d -> d.dossierId().equals(dossierId)).findFirst().orElse(null);
        if (mine == null || !"OPEN".equals(mine.access())) {
            return "redirect:/councils/" + id;
        }
        SheetView sheet;
        try {
            sheet = scoring.mySheet(id, dossierId);
        } catch (NotFoundException e) {
            sheet = null;
        }
        model.addAttribute("council", council);
        model.addAttribute("dossier", council.dossier(dossierId));
        model.addAttribute("sheet", sheet);
        return "evaluation/sheet";
    }

    @PostMapping("/councils/{id}/dossiers/{dossierId}/sheet")
    String saveSheet(@PathVariable UUID id, @PathVariable UUID dossierId, @RequestParam Map<String, String> form,
                     RedirectAttributes redirect) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("score.") && value != null && !value.isBlank()) {
                scores.put(key.substring("score.".length()), parse(value));
            }
        });
        Long version = form.get("version") == null || form.get("version").isBlank() ? null : Long.valueOf(form.get("version"));
        try {
            scoring.save(id, dossierId, new SheetInput(scores, form.get("comment"), version));
            FlashMessage.success(redirect, "evaluation.flash.saved");
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            FlashMessage.warning(redirect, "problem.detail.version.conflict");
        }
        return "redirect:/councils/" + id + "/dossiers/" + dossierId;
    }

    @PostMapping("/councils/{id}/dossiers/{dossierId}/sign")
    String sign(@PathVariable UUID id, @PathVariable UUID dossierId, @RequestParam(required = false) Long version,
                RedirectAttributes redirect) {
        try {
            scoring.sign(id, dossierId, version);
            FlashMessage.success(redirect, "evaluation.flash.signed");
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            FlashMessage.warning(redirect, "problem.detail.version.conflict");
        }
        return "redirect:/councils/" + id + "/dossiers/" + dossierId;
    }

    private String act(UUID id, RedirectAttributes redirect, String success, Runnable command) {
        try {
            command.run();
            FlashMessage.success(redirect, success);
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/councils/" + id;
    }

    private List<PersonView> experts() {
        return people.list(new PersonQuery(null, null, null, true), PageRequest.of(0, 200)).getContent();
    }

    private static BigDecimal parse(String value) {
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private static boolean isStaff(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a ->
                Set.of("ROLE_OFFICER", "ROLE_LEADER", "ROLE_ADMIN").contains(a.getAuthority()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem councilsNavigationItem() {
            return NavigationItem.forRoles("nav.councils", "/councils", 60, "EXPERT", "OFFICER", "LEADER", "ADMIN");
        }
    }
}
