package org.innoport.identity.security;

import java.time.Clock;
import java.time.Instant;
import org.innoport.identity.Role;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login and the token endpoint; a locked or deactivated account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return details(user, clock.instant());
    }

    /** The security view of a user: its current roles as authorities, its lock and its active flag. */
    static UserDetails details(User user, Instant now) {
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                .accountLocked(user.isLocked(now))
                .disabled(!user.enabled())
                .build();
    }
}
