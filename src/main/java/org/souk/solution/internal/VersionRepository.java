package org.souk.solution.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VersionRepository extends JpaRepository<VersionEntity, Long> {

    List<VersionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId);

    Page<VersionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId, Pageable page);

    Optional<VersionEntity> findFirstBySolutionIdOrderByNumberDesc(Long solutionId);

    /** The latest version of each of these solutions. */
    @Query("""
            SELECT v FROM VersionEntity v WHERE v.solutionId IN :solutionIds
            AND v.number = (SELECT max(w.number) FROM VersionEntity w WHERE w.solutionId = v.solutionId)""")
    List<VersionEntity> findLatestOf(@Param("solutionIds") Collection<Long> solutionIds);

    Optional<VersionEntity> findBySolutionIdAndNumber(Long solutionId, int number);
}
