package org.souk.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

    Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

    List<ApiTokenEntity> findByUserIdOrderByIdDesc(Long userId);

    Optional<ApiTokenEntity> findByIdAndUserId(Long id, Long userId);
}
