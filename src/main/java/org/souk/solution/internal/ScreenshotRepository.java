package org.souk.solution.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreenshotRepository extends JpaRepository<ScreenshotEntity, Long> {

    List<ScreenshotEntity> findBySolutionIdOrderByPositionAscIdAsc(Long solutionId);

    List<ScreenshotEntity> findBySolutionIdInOrderByPositionAscIdAsc(Collection<Long> solutionIds);

    Optional<ScreenshotEntity> findByIdAndSolutionId(Long id, Long solutionId);
}
