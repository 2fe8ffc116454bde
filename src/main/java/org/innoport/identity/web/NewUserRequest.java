package org.innoport.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.innoport.identity.CreateUser;
import org.innoport.identity.Role;

/** A new account, from the admin form or {@code POST /api/v1/users}. */
public record NewUserRequest(
        @NotBlank @Pattern(regexp = "\\s*|[A-Za-z0-9][A-Za-z0-9._-]{2,63}") String username,
        @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @NotBlank String password,
        @NotEmpty Set<Role> roles,
        UUID organisationId) {

    static NewUserRequest empty() {
        return new NewUserRequest("", "", "", "", Set.of(), null);
    }

    CreateUser toCommand() {
        return new CreateUser(username, displayName, email, password, roles, organisationId);
    }

    public boolean has(Role role) {
        return roles != null && roles.contains(role);
    }

    @Override
    public String toString() {
        return "NewUserRequest[username=" + username + ", roles=" + roles + "]";
    }
}
