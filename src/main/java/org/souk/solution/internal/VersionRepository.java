package org.souk.solution.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionRepository extends JpaRepository<VersionEntity, Long> {

    List<VersionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId);

    Page<VersionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId, Pageable page);

    Optional<VersionEntity> findFirstBySolutionIdOrderByNumberDesc(Long solutionId);

    Optional<VersionEntity> findBySolutionIdAndNumber(Long solutionId, int number);
}
