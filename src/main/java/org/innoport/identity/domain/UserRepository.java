package org.innoport.identity.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsername(String username);

    /** Row-locked, so that concurrent failed sign-ins are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsernameForUpdate(String username);

    boolean existsByDemoTrue();

    java.util.List<User> findByOrganisationId(UUID organisationId);

    @Query("select count(u) from User u join u.roles r where r = org.innoport.identity.Role.ADMIN and u.enabled = true")
    long countActiveAdministrators();
}
