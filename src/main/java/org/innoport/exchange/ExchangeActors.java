package org.innoport.exchange;

import org.innoport.identity.Accounts;
import org.innoport.identity.UserSummary;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the current {@link Actor} from the security context and the identity module. */
@Component
class ExchangeActors {

    private final Accounts accounts;

    ExchangeActors(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.ANONYMOUS;
        }
        boolean officer = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
        var organisation = accounts.organisationOf(authentication).orElse(null);
        return new Actor(authentication.getName(), organisation, officer);
    }

    String emailOf(String username) {
        return accounts.findByUsername(username).map(UserSummary::email).orElse(null);
    }
}
