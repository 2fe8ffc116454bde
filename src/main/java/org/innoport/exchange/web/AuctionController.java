package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.Actor;
import org.innoport.exchange.AuctionStatus;
import org.innoport.exchange.AuctionView;
import org.innoport.exchange.Auctions;
import org.innoport.exchange.BidView;
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

/**
 * Auction pages: the list, the detail with registration, deposits, the officer's lifecycle buttons, the bid form and
 * the live panel (fed by {@code /api/v1/auctions/{id}/stream}), the result and log after close; the officer's form.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AuctionController {

    private static final String OFFICER = "hasAnyRole('OFFICER','ADMIN')";

    private final Auctions auctions;

    AuctionController(Auctions auctions) {
        this.auctions = auctions;
    }

    @GetMapping("/exchange/auctions")
    String list(@RequestParam(required = false) AuctionStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("page", auctions.list(status, PageRequest.of(Math.max(0, page), 20)));
        return "exchange/auctions";
    }

    @GetMapping("/exchange/auctions/{id}")
    String detail(@PathVariable UUID id, Model model) {
        AuctionView auction = auctions.get(id);
        Actor viewer = auctions.watch(id);
        List<BidView> log = auctions.visibleBids(id);
        model.addAttribute("auction", auction);
        model.addAttribute("viewer", viewer);
        model.addAttribute("registrations", auctions.registrations(id));
        model.addAttribute("log", log);
        model.addAttribute("winner", auction.result() == null || auction.result().winningSeq() == null ? null
                : log.stream().filter(b -> b.seq() == auction.result().winningSeq()).findFirst()
                .map(BidView::organisationName).orElse(null));
        // a fresh key per rendering: a double submit of this form sends the same key and is refused, not doubled
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "exchange/auction";
    }

    @GetMapping("/exchange/auctions/new")
    @PreAuthorize(OFFICER)
    String newForm(Model model) {
        return form(model, AuctionForm.empty(), null);
    }

    @PostMapping("/exchange/auctions/new")
    @PreAuthorize(OFFICER)
    String create(@Valid @ModelAttribute("form") AuctionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                AuctionView created = auctions.create(form.request());
                FlashMessage.success(redirect, "auction.flash.created");
                return "redirect:/exchange/auctions/" + created.id();
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, form, errors);
    }

    @PostMapping("/exchange/auctions/{id}/{action:open-registration|start|close|cancel}")
    @PreAuthorize(OFFICER)
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) Long version,
               RedirectAttributes redirect) {
        return attempt(id, redirect, "auction.flash." + action, () -> {
            switch (action) {
                case "open-registration" -> auctions.openRegistration(id, version);
                case "start" -> auctions.start(id, version);
                case "close" -> auctions.close(id, version);
                default -> auctions.cancel(id, version);
            }
        });
    }

    @PostMapping("/exchange/auctions/{id}/registrations/{registrationId}/confirm-deposit")
    @PreAuthorize(OFFICER)
    String confirmDeposit(@PathVariable UUID id, @PathVariable UUID registrationId,
                          @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return attempt(id, redirect, "auction.flash.deposit-confirmed",
                () -> auctions.confirmDeposit(id, registrationId, version));
    }

    @PostMapping("/exchange/auctions/{id}/register")
    String register(@PathVariable UUID id, RedirectAttributes redirect) {
        return attempt(id, redirect, "auction.flash.registered", () -> auctions.register(id));
    }

    /** The bid form; refusals (too low, ended, replayed key) come back as a warning with the stable message. */
    @PostMapping("/exchange/auctions/{id}/bids")
    String bid(@PathVariable UUID id, @RequestParam(required = false) Long amountVnd,
               @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect) {
        if (amountVnd == null || amountVnd <= 0) {
            FlashMessage.warning(redirect, "auction.bid.amount.required");
            return "redirect:/exchange/auctions/" + id;
        }
        return attempt(id, redirect, "auction.flash.bid",
                () -> auctions.bid(id, new Auctions.NewBid(amountVnd), idempotencyKey));
    }

    private static String attempt(UUID id, RedirectAttributes redirect, String success, Runnable work) {
        try {
            work.run();
            FlashMessage.success(redirect, success);
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        } catch (OptimisticLockingFailureException e) {
            FlashMessage.warning(redirect, "auction.version.conflict");
        }
        return "redirect:/exchange/auctions/" + id;
    }

    private String form(Model model, AuctionForm form, BindingResult errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? new BeanPropertyBindingResult(form, "form") : errors);
        return "exchange/auction-form";
    }
}
