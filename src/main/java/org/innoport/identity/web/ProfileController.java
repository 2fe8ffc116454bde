package org.innoport.identity.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokens;
import org.innoport.identity.domain.PasswordPolicy;
import org.innoport.platform.FlashMessage;
import org.innoport.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /profile}: the signed-in user's account, password change and API tokens. */
@Controller
class ProfileController {

    private static final int TOKENS_PER_PAGE = 20;

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordPolicy passwordPolicy;

    ProfileController(Accounts accounts, ApiTokens tokens, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping("/profile")
    String profile(@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
        return page(principal, Math.max(0, page), PasswordChangeForm.empty(), null, model);
    }

    @PostMapping("/profile/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
                          Principal principal, Model model, RedirectAttributes redirect) {
        FormErrors.rejectWeakPassword(errors, passwordPolicy, principal.getName(), form.newPassword(), "newPassword");
        if (!errors.hasFieldErrors("confirmation") && !form.confirmation().equals(form.newPassword())) {
            FormErrors.reject(errors, "confirmation", "password.confirmation-mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword());
                FlashMessage.success(redirect, "profile.password.changed");
                return "redirect:/profile";
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            }
        }
        return page(principal, 0, PasswordChangeForm.empty(), errors, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        tokens.revoke(principal.getName(), id);
        FlashMessage.success(redirect, "token.revoked");
        return "redirect:/profile";
    }

    private String page(Principal principal, int page, PasswordChangeForm form, BindingResult errors, Model model) {
        model.addAttribute("user", accounts.findByUsername(principal.getName()).orElseThrow());
        model.addAttribute("tokens", tokens.ofUser(principal.getName(), PageRequest.of(page, TOKENS_PER_PAGE)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", passwordPolicy.minLength());
        return "identity/profile";
    }
}
