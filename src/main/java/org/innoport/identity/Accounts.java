package org.innoport.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innoport.identity.domain.PasswordPolicy;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.innoport.identity.domain.UserSearch;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's API for accounts: who the users are, what they may do (roles) and for which organisation,
 * and their passwords. Administrative changes need the ADMIN role; every change publishes an audited event.
 */
@Service
public class Accounts {

    /** Properties the admin list may sort by; anything else is a client error, not a server one. */
    private static final Set<String> SORTABLE = Set.of("username", "displayName", "createdAt");
    private static final String ADMIN = "hasRole('ADMIN')";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(UserRepository users, PasswordEncoder encoder, PasswordPolicy passwordPolicy,
             ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    /** Users matching {@code text} (username, name, e-mail) and holding {@code role}; both optional. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public Page<UserSummary> find(String text, Role role, Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortOf(pageable));
        Instant now = now();
        return users.findAll(new UserSearch(text, role).toSpecification(), sorted).map(user -> summary(user, now));
    }

    @Transactional(readOnly = true)
    public UserSummary get(UserId id) {
        return summary(load(id), now());
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username.strip()).map(user -> summary(user, now()));
    }

    /** The organisation the authenticated user acts for: from the authentication when it knows, else the account. */
    public Optional<UUID> organisationOf(Authentication authentication) {
        if (authentication instanceof OrganisationMember member) {
            return Optional.ofNullable(member.organisationId());
        }
        return findByUsername(authentication.getName()).map(UserSummary::organisationId);
    }

    /** Whether at least one active account holds the ADMIN role. */
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return users.countActiveAdministrators() > 0;
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public UserSummary create(CreateUser command) {
        return register(command);
    }

    /**
     * Creates an administrator without anyone signed in: the first one at start-up ({@code INNOPORT_ADMIN_PASSWORD})
     * or the {@code admin create} command. The password policy applies.
     */
    @Transactional
    public UserSummary createAdministrator(String username, String password) {
        return register(new CreateUser(username, username, null, password, Set.of(Role.ADMIN), null));
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public UserSummary changeAccess(UserId id, ChangeUserAccess command) {
        User user = load(id);
        if (user.version() != command.version()) {
            throw new OptimisticLockingFailureException("User " + id + " is at version " + user.version()
                    + ", the change was made on version " + command.version());
        }
        List<Role> rolesBefore = user.roles();
        UUID organisationBefore = user.organisationId();
        boolean lastAdministrator = user.isAdministrator() && users.countActiveAdministrators() <= 1;
        if (user.changeAccess(command.roles(), command.organisationId(), now())) {
            if (lastAdministrator && !user.isAdministrator()) {
                throw new RuleViolationException("roles", "user.last-administrator");
            }
            users.saveAndFlush(user);
            events.publishEvent(new UserRolesChanged(id, user.username(), rolesBefore, organisationBefore,
                    user.roles(), user.organisationId()));
        }
        return summary(user, now());
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public UserSummary deactivate(UserId id) {
        User user = load(id);
        if (user.isAdministrator() && users.countActiveAdministrators() <= 1) {
            throw new IllegalTransitionException("user.last-administrator");
        }
        user.deactivate();
        users.saveAndFlush(user);
        events.publishEvent(new UserDeactivated(id, user.username()));
        return summary(user, now());
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public UserSummary activate(UserId id) {
        User user = load(id);
        user.activate();
        users.saveAndFlush(user);
        events.publishEvent(new UserActivated(id, user.username()));
        return summary(user, now());
    }

    /** Lifts a sign-in lock before it runs out; an account that is not locked stays as it is. */
    @Transactional
    @PreAuthorize(ADMIN)
    public UserSummary unlock(UserId id) {
        User user = load(id);
        Instant now = now();
        if (user.isLocked(now)) {
            Instant lockedUntil = user.lockedUntil();
            user.unlock();
            users.saveAndFlush(user);
            events.publishEvent(new UserUnlocked(id, user.username(), lockedUntil));
        }
        return summary(user, now);
    }

    /** The signed-in user changes their own password; the current one must be given. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        User user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new RuleViolationException("currentPassword", "password.current-wrong");
        }
        requireAcceptablePassword(user.username(), newPassword, "newPassword");
        if (encoder.matches(newPassword, user.passwordHash())) {
            throw new RuleViolationException("newPassword", "password.unchanged");
        }
        Instant now = now();
        user.changePassword(encoder.encode(newPassword), now);
        users.saveAndFlush(user);
        events.publishEvent(new PasswordChanged(UserId.of(user.id()), user.username(), now));
    }

    private UserSummary register(CreateUser command) {
        String username = command.username() == null ? null : command.username().strip();
        if (username != null && users.findByUsername(username).isPresent()) {
            throw new RuleViolationException("username", "user.username.taken", username);
        }
        requireAcceptablePassword(username, command.password(), "password");
        String displayName = command.displayName() == null || command.displayName().isBlank()
                ? username : command.displayName().strip();
        String email = command.email() == null || command.email().isBlank() ? null : command.email().strip();
        User user = new User(username, displayName, email, encoder.encode(command.password()), command.roles(),
                command.organisationId(), false, now());
        users.saveAndFlush(user);
        UserId id = UserId.of(user.id());
        events.publishEvent(new UserCreated(id, user.username(), user.displayName(), user.email(), user.roles(),
                user.organisationId()));
        return summary(user, now());
    }

    private void requireAcceptablePassword(String username, String password, String field) {
        passwordPolicy.check(username, password).stream().findFirst().ifPresent(violation -> {
            throw new RuleViolationException(field, violation.messageKey(), violation.arguments());
        });
    }

    private User load(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static Sort sortOf(Pageable pageable) {
        Sort sort = pageable.getSort();
        for (Sort.Order order : sort) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new RuleViolationException("sort", "user.sort.unknown", order.getProperty(),
                        String.join(", ", SORTABLE.stream().sorted().toList()));
            }
        }
        return sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("username", "id");
    }

    private static UserSummary summary(User user, Instant now) {
        return new UserSummary(UserId.of(user.id()), user.username(), user.displayName(), user.email(), user.roles(),
                user.organisationId(), user.enabled(), user.isLocked(now) ? user.lockedUntil() : null, user.demo(),
                user.createdAt(), user.version());
    }

    /** Microseconds, as PostgreSQL stores them, so what we return equals what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
