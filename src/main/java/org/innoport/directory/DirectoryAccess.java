package org.innoport.directory;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may see what in the directory, from the caller's Spring Security authorities only (the directory does not
 * know the identity module). Staff = OFFICER, LEADER, ADMIN.
 */
final class DirectoryAccess {

    private static final Set<String> STAFF = Set.of("ROLE_OFFICER", "ROLE_LEADER", "ROLE_ADMIN");

    private DirectoryAccess() {
    }

    static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    static boolean staff() {
        return signedIn() && SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains);
    }

    /** Personal data (contact, birth) of a person: staff, or the person themself (their linked account). */
    static boolean mayReadPersonalData(String accountUsername) {
        if (staff()) {
            return true;
        }
        return signedIn() && accountUsername != null
                && accountUsername.equals(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    static String username() {
        return signedIn() ? SecurityContextHolder.getContext().getAuthentication().getName() : null;
    }
}
