package org.innoport.tasks;

import java.util.stream.Collectors;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Resolves a signed-in username to a {@link Caller}. */
@Component
public class Callers {

    private final Accounts accounts;

    Callers(Accounts accounts) {
        this.accounts = accounts;
    }

    public Caller of(String username) {
        return accounts.findByUsername(username)
                .map(user -> new Caller(user.username(),
                        user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                        user.organisationId()))
                .orElseThrow(() -> new NotFoundException("user", username));
    }
}
