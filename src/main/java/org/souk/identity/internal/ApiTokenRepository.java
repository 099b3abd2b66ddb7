package org.souk.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

    Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

    List<ApiTokenEntity> findByUserIdOrderByIdDesc(Long userId);

    Page<ApiTokenEntity> findByUserIdOrderByIdDesc(Long userId, Pageable page);

    Optional<ApiTokenEntity> findByIdAndUserId(Long id, Long userId);
}
