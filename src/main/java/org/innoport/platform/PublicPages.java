package org.innoport.platform;

import java.util.List;

/**
 * URL patterns that anyone, signed in or not, may read (GET), contributed as a bean by the module that serves them:
 * the security configuration opens exactly these and nothing else to the public.
 */
public record PublicPages(List<String> patterns) {

    public static PublicPages of(String... patterns) {
        return new PublicPages(List.of(patterns));
    }
}
