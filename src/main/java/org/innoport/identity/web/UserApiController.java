package org.innoport.identity.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.identity.UserId;
import org.innoport.identity.domain.PasswordPolicy;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: the administrators' API for accounts (ADMIN only, see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;

    UserApiController(Accounts accounts, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
    }

    /** Users, filtered by {@code q} (username, name, e-mail) and {@code role}; sortable by username, displayName, createdAt. */
    @GetMapping
    PageResponse<UserResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                                    @PageableDefault(sort = "username") Pageable pageable) {
        return PageResponse.of(accounts.find(q, role, pageable), UserResponse::of);
    }

    @PostMapping
    ResponseEntity<UserResponse> create(@Valid @RequestBody NewUserRequest body, BindingResult errors)
            throws BindException {
        FormErrors.rejectWeakPassword(errors, passwordPolicy, body.username(), body.password(), "password");
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        UserResponse created = UserResponse.of(accounts.create(body.toCommand()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    UserResponse get(@PathVariable UUID id) {
        return UserResponse.of(accounts.get(UserId.of(id)));
    }

    /** Changes roles and organisation; {@code version} must be the current one (else 409 version.conflict). */
    @PutMapping("/{id}")
    UserResponse changeAccess(@PathVariable UUID id, @Valid @RequestBody UserAccessRequest body) {
        return UserResponse.of(accounts.changeAccess(UserId.of(id), body.toCommand()));
    }

    @PostMapping("/{id}/deactivate")
    UserResponse deactivate(@PathVariable UUID id) {
        return UserResponse.of(accounts.deactivate(UserId.of(id)));
    }

    @PostMapping("/{id}/activate")
    UserResponse activate(@PathVariable UUID id) {
        return UserResponse.of(accounts.activate(UserId.of(id)));
    }

    @PostMapping("/{id}/unlock")
    UserResponse unlock(@PathVariable UUID id) {
        return UserResponse.of(accounts.unlock(UserId.of(id)));
    }
}
