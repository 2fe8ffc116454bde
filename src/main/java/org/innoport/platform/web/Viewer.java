package org.innoport.platform.web;

import org.springframework.security.core.Authentication;

/** Who is asking, as the platform's record-level checks need it: the username and whether they administer. */
record Viewer(String username, boolean admin) {

    static Viewer of(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
        return new Viewer(authentication.getName(), admin);
    }
}
