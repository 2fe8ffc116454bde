package org.innoport.evaluation;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the caller is, from Spring Security only. Staff = OFFICER, LEADER, ADMIN. */
final class EvaluationAccess {

    private static final Set<String> STAFF = Set.of("ROLE_OFFICER", "ROLE_LEADER", "ROLE_ADMIN");

    private EvaluationAccess() {
    }

    static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("councils");
        }
        return authentication.getName();
    }

    static boolean staff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains);
    }
}
