package org.innoport.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.innoport.identity.Role;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/** A person who signs in. Owns its roles, its organisation membership and its sign-in policy state (failed attempts, lock). */
@Entity
@Table(name = "users", schema = "identity")
public class User {

    /** Letters, digits, dot, dash and underscore; 3 to 64 characters, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private UUID organisationId;
    private boolean enabled;
    private boolean demo;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private Instant accessChangedAt;
    private Instant createdAt;
    /** Null until first stored, which is how Spring Data tells a new aggregate (its id is assigned up front). */
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", schema = "identity", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    // The version advances through accessChangedAt instead: Hibernate's own collection bump leaves a new user's
    // in-memory version behind the stored one.
    @OptimisticLock(excluded = true)
    private Set<Role> roles = new HashSet<>();

    protected User() {
    }

    public User(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                UUID organisationId, boolean demo, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolationException("username", "user.username.invalid");
        }
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = new HashSet<>(requireRoles(roles));
        this.organisationId = organisationId;
        this.enabled = true;
        this.demo = demo;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in; the account locks for {@code lockFor} at {@code maxAttempts} failures in a row. A lock
     * that has run out starts a fresh count.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedSignIn(int maxAttempts, Duration lockFor, Instant now) {
        if (isLocked(now)) {
            return false;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** An administrator lifts a lock before it runs out. */
    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    /**
     * What the user may do (roles) and for whom (organisation).
     *
     * @return whether anything changed
     */
    public boolean changeAccess(Set<Role> newRoles, UUID newOrganisationId, Instant now) {
        Set<Role> wanted = requireRoles(newRoles);
        if (roles.equals(wanted) && Objects.equals(organisationId, newOrganisationId)) {
            return false;
        }
        roles.clear();
        roles.addAll(wanted);
        organisationId = newOrganisationId;
        accessChangedAt = now;
        return true;
    }

    /** The account can no longer sign in, and its API tokens stop working. */
    public void deactivate() {
        if (!enabled) {
            throw new IllegalTransitionException("user.transition.already-inactive", username);
        }
        enabled = false;
    }

    public void activate() {
        if (enabled) {
            throw new IllegalTransitionException("user.transition.already-active", username);
        }
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** An active account holding the ADMIN role. */
    public boolean isAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "user.roles.required");
        }
        return EnumSet.copyOf(roles);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean demo() {
        return demo;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant accessChangedAt() {
        return accessChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The roles in their natural order (APPLICANT first, ADMIN last). */
    public List<Role> roles() {
        return roles.stream().sorted().toList();
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
