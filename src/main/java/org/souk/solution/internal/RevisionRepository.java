package org.souk.solution.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<RevisionEntity, Long> {

    List<RevisionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId);

    long countBySolutionId(Long solutionId);
}
