package org.innoport.identity.web;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.identity.UserId;
import org.innoport.identity.UserSummary;
import org.innoport.identity.domain.PasswordPolicy;
import org.innoport.platform.FlashMessage;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: administrators list, create and change accounts. The list answers htmx requests with the
 * result table only.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 20;

    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;

    UserAdminController(Accounts accounts, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Sort.Direction direction = "desc".equalsIgnoreCase(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
        model.addAttribute("users", accounts.find(q, role,
                PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(direction, "username"))));
        model.addAttribute("filter", new UserFilter(q == null ? "" : q.strip(), role, direction == Sort.Direction.DESC));
        return htmx != null ? "identity/admin/userResults" : "identity/admin/userList";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return creationPage(NewUserRequest.empty(), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserRequest form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.rejectWeakPassword(errors, passwordPolicy, form.username(), form.password(), "password");
        if (errors.hasErrors()) {
            return creationPage(form, errors, model);
        }
        try {
            UserSummary created = accounts.create(form.toCommand());
            FlashMessage.success(redirect, "admin.users.created", created.username());
            return "redirect:/admin/users/" + created.id();
        } catch (RuleViolationException e) {
            FormErrors.reject(errors, e);
            return creationPage(form, errors, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        UserSummary user = accounts.get(UserId.of(id));
        return detailPage(user, UserAccessRequest.of(user), null, model);
    }

    @PostMapping("/{id}")
    String changeAccess(@PathVariable UUID id, @Valid @ModelAttribute("form") UserAccessRequest form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                UserSummary user = accounts.changeAccess(UserId.of(id), form.toCommand());
                FlashMessage.success(redirect, "admin.users.access.saved", user.username());
                return "redirect:/admin/users/" + id;
            } catch (RuleViolationException e) {
                FormErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                UserSummary current = accounts.get(UserId.of(id));
                FormErrors.reject(errors, null, "user.version-conflict");
                return detailPage(current, UserAccessRequest.of(current), errors, model);
            }
        }
        return detailPage(accounts.get(UserId.of(id)), form, errors, model);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return transition(id, redirect, "admin.users.deactivated", () -> accounts.deactivate(UserId.of(id)));
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        return transition(id, redirect, "admin.users.activated", () -> accounts.activate(UserId.of(id)));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        return transition(id, redirect, "admin.users.unlocked", () -> accounts.unlock(UserId.of(id)));
    }

    private String transition(UUID id, RedirectAttributes redirect, String doneKey,
                              Supplier<UserSummary> change) {
        try {
            FlashMessage.success(redirect, doneKey, change.get().username());
        } catch (IllegalTransitionException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/admin/users/" + id;
    }

    private String creationPage(NewUserRequest form, BindingResult errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", passwordPolicy.minLength());
        return "identity/admin/userNew";
    }

    private String detailPage(UserSummary user, UserAccessRequest form, BindingResult errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/admin/userDetail";
    }
}
