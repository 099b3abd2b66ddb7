package org.souk.solution.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftChangeRepository extends JpaRepository<DraftChangeEntity, Long> {

    Optional<DraftChangeEntity> findFirstBySolutionIdOrderByIdDesc(Long solutionId);

    List<DraftChangeEntity> findBySolutionIdOrderByIdDesc(Long solutionId, Pageable pageable);
}
