package org.innoport.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Page<ApiToken> findByUserId(UUID userId, Pageable pageable);

    Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

    /**
     * Notes a use, at most once per {@code since} window: a bulk update that neither bumps the version (so it never
     * conflicts with a revocation) nor writes on every API call.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
    int recordUse(UUID id, Instant now, Instant notUsedSince);
}
