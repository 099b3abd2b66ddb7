package org.souk.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordLinkRepository extends JpaRepository<PasswordLinkEntity, Long> {

    Optional<PasswordLinkEntity> findByTokenHash(String tokenHash);

    /** A new link, or a password set, makes every earlier open link of the user useless. */
    @Modifying
    @Query("update PasswordLinkEntity l set l.usedAt = :now where l.userId = :userId and l.usedAt is null")
    void closeOpenLinks(Long userId, Instant now);
}
