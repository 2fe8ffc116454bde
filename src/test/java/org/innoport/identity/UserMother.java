package org.innoport.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fresh, uniquely named users for tests: the test database is shared and never cleaned. */
public final class UserMother {

    public static final String PASSWORD = "Correct-Horse-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private UserMother() {
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    public static UserSummary create(Accounts accounts, String prefix, Role... roles) {
        return create(accounts, prefix, null, roles);
    }

    public static UserSummary create(Accounts accounts, String prefix, UUID organisationId, Role... roles) {
        String username = uniqueUsername(prefix);
        return asAdmin(() -> accounts.create(new CreateUser(username, "Người thử " + prefix, username + "@test.local",
                PASSWORD, Set.of(roles), organisationId)));
    }

    /** Runs a call as an administrator would, outside any HTTP request. */
    public static <T> T asAdmin(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
