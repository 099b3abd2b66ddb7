package org.souk.install.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TokenRepository extends JpaRepository<TokenEntity, Long> {

    Optional<TokenEntity> findByTokenHash(String tokenHash);

    /** Marks a code or refresh token used; 0 when it already was (a reuse, or a race lost to another request). */
    @Modifying(flushAutomatically = true)
    @Query("update TokenEntity t set t.usedAt = ?2 where t.id = ?1 and t.usedAt is null and t.revokedAt is null")
    int markUsed(long id, Instant at);

    @Modifying(flushAutomatically = true)
    @Query("update TokenEntity t set t.revokedAt = ?2 where t.chain = ?1 and t.revokedAt is null")
    int revokeChain(String chain, Instant at);

    @Modifying(flushAutomatically = true)
    @Query("update TokenEntity t set t.revokedAt = ?2 where t.installationId = ?1 and t.revokedAt is null")
    int revokeInstallation(long installationId, Instant at);
}
