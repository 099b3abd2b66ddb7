package org.souk.solution.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SolutionRepository extends JpaRepository<SolutionEntity, Long> {

    Optional<SolutionEntity> findByCode(String code);

    List<SolutionEntity> findByCodeIn(Collection<String> codes);

    boolean existsByCode(String code);

    List<SolutionEntity> findByPartnerIdOrderByCreatedAtDesc(Long partnerId);

    Page<SolutionEntity> findByPartnerIdOrderByCreatedAtDescIdDesc(Long partnerId, Pageable page);

    boolean existsByClientId(String clientId);

    Optional<SolutionEntity> findByClientId(String clientId);
}
