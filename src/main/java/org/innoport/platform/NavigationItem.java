package org.innoport.platform;

import java.util.Set;

/**
 * A link in the main navigation, contributed as a bean by the module that owns the page.
 * The shell shows it to users holding one of {@code roles}; an empty set means everyone, signed in or not.
 *
 * @param messageKey label key in the message bundles
 * @param href the page
 * @param roles roles without the {@code ROLE_} prefix (ADMIN, OFFICER...); {@code AUTHENTICATED} for any signed-in user
 * @param order position, lowest first
 */
public record NavigationItem(String messageKey, String href, Set<String> roles, int order) {

    public static final String AUTHENTICATED = "AUTHENTICATED";

    public static NavigationItem forEveryone(String messageKey, String href, int order) {
        return new NavigationItem(messageKey, href, Set.of(), order);
    }

    public static NavigationItem forRoles(String messageKey, String href, int order, String... roles) {
        return new NavigationItem(messageKey, href, Set.of(roles), order);
    }

    public boolean visibleTo(Set<String> userRoles, boolean authenticated) {
        if (roles.isEmpty()) {
            return true;
        }
        if (roles.contains(AUTHENTICATED) && authenticated) {
            return true;
        }
        return roles.stream().anyMatch(userRoles::contains);
    }
}
