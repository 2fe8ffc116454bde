package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.directory.Classifications;
import org.innoport.exchange.Connections;
import org.innoport.exchange.IpStatus;
import org.innoport.exchange.ListingCategory;
import org.innoport.exchange.ListingDetails;
import org.innoport.exchange.ListingKind;
import org.innoport.exchange.ListingMatches;
import org.innoport.exchange.ListingQuery;
import org.innoport.exchange.ListingSearch;
import org.innoport.exchange.ListingView;
import org.innoport.exchange.Listings;
import org.innoport.exchange.PriceKind;
import org.innoport.platform.FlashMessage;
import org.innoport.platform.FormErrors;
import org.innoport.shared.DomainException;
import org.innoport.shared.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
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

/** Exchange pages: public search and listing detail with matches; owners' form and list; the moderation queue. */
@Controller
class ListingController {

    private final Listings listings;
    private final ListingSearch search;
    private final ListingMatches matches;
    private final Connections connections;
    private final Classifications classifications;

    ListingController(Listings listings, ListingSearch search, ListingMatches matches, Connections connections,
                      Classifications classifications) {
        this.listings = listings;
        this.search = search;
        this.matches = matches;
        this.connections = connections;
        this.classifications = classifications;
    }

    @GetMapping("/exchange")
    String search(@ModelAttribute("query") ListingQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", search.search(query, Math.max(0, page), 20));
        model.addAttribute("classifications", classifications);
        return "exchange/search";
    }

    @GetMapping("/exchange/listings/{id}")
    String listing(@PathVariable UUID id, Model model) {
        ListingView listing = listings.get(id);
        model.addAttribute("listing", listing);
        model.addAttribute("matches", listing.published() ? matches.of(id, 10) : List.of());
        model.addAttribute("classifications", classifications);
        return "exchange/listing";
    }

    @GetMapping("/exchange/mine")
    @PreAuthorize("isAuthenticated()")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", listings.mine(PageRequest.of(Math.max(0, page), 20)));
        return "exchange/mine";
    }

    @GetMapping("/exchange/moderation")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String moderation(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", listings.moderationQueue(PageRequest.of(Math.max(0, page), 20)));
        return "exchange/moderation";
    }

    @GetMapping("/exchange/new")
    @PreAuthorize("isAuthenticated()")
    String newForm(@RequestParam(defaultValue = "OFFER") ListingKind kind, Model model) {
        return form(model, null, new ListingDetails(kind, ListingCategory.TECHNOLOGY, null, null, null, null, List.of(),
                null, IpStatus.NONE, PriceKind.NEGOTIABLE, null, null, null, null, null, null, null, null), null);
    }

    @PostMapping("/exchange/new")
    @PreAuthorize("isAuthenticated()")
    String create(@Valid @ModelAttribute("form") ListingDetails form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ListingView created = listings.create(form);
                FlashMessage.success(redirect, "exchange.flash.saved");
                return "redirect:/exchange/listings/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/exchange/listings/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String editForm(@PathVariable UUID id, Model model) {
        ListingView l = listings.get(id);
        return form(model, id, new ListingDetails(l.kind(), l.category(), l.title(), l.summary(), l.description(),
                l.field(), l.keywords(), l.trl(), l.ipStatus(), l.priceKind(), l.priceVnd(), l.terms(), l.location(),
                l.contact() == null ? null : l.contact().name(), l.contact() == null ? null : l.contact().email(),
                l.contact() == null ? null : l.contact().phone(), l.ownerOrganisationId(), l.version()), null);
    }

    @PostMapping("/exchange/listings/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ListingDetails form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                listings.update(id, form);
                FlashMessage.success(redirect, "exchange.flash.saved");
                return "redirect:/exchange/listings/" + id;
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("exchange.version.conflict");
            }
        }
        return form(model, id, form, errors);
    }

    /** The lifecycle buttons of the detail page and the moderation queue. */
    @PostMapping("/exchange/listings/{id}/{action:submit|approve|return|renew|withdraw|close}")
    @PreAuthorize("isAuthenticated()")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) Long version,
               @RequestParam(required = false) String reasons, @RequestParam(required = false) Long dealValueVnd,
               @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "submit" -> listings.submit(id, version);
                case "approve" -> listings.approve(id, version);
                case "return" -> listings.returnForChanges(id, version, reasons);
                case "renew" -> listings.renew(id, version);
                case "withdraw" -> listings.withdraw(id, version);
                default -> listings.close(id, version, dealValueVnd);
            }
            FlashMessage.success(redirect, "exchange.flash." + action);
        } catch (DomainException | OptimisticLockingFailureException e) {
            if (e instanceof DomainException d) {
                FlashMessage.warning(redirect, d.messageKey(), d.args());
            } else {
                FlashMessage.warning(redirect, "exchange.version.conflict");
            }
        }
        return "redirect:" + ("moderation".equals(back) ? "/exchange/moderation" : "/exchange/listings/" + id);
    }

    @PostMapping("/exchange/listings/{id}/interest")
    @PreAuthorize("isAuthenticated()")
    String interest(@PathVariable UUID id, @RequestParam(required = false) String message, RedirectAttributes redirect) {
        try {
            connections.express(new Connections.NewInterest(id, message));
            FlashMessage.success(redirect, "exchange.flash.interest");
        } catch (RuleViolationException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/exchange/listings/" + id;
    }

    private String form(Model model, UUID id, ListingDetails form, BindingResult errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? new BeanPropertyBindingResult(form, "form") : errors);
        model.addAttribute("classifications", classifications.all());
        return "exchange/form";
    }
}
