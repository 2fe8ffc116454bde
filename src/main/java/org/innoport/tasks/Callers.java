package org.innoport.tasks;

import java.util.Set;
import java.util.stream.Collectors;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Resolves a signed-in username to a {@link Caller}. */
@Component
public class Callers {

    private final Accounts accounts;

    Callers(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The caller of a request: staff (their roles are in the authentication, from the token or session) without
     * reading the account; anyone else with their account's organisation, read from identity.
     */
    public Caller of(Authentication auth) {
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        Caller caller = new Caller(auth.getName(), roles, null);
        return caller.staff() ? caller : of(auth.getName());
    }

    public Caller of(String username) {
        return accounts.findByUsername(username)
                .map(user -> new Caller(user.username(),
                        user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                        user.organisationId()))
                .orElseThrow(() -> new NotFoundException("user", username));
    }
}
