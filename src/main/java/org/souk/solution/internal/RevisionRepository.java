package org.souk.solution.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<RevisionEntity, Long> {

    List<RevisionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId);

    Page<RevisionEntity> findBySolutionIdOrderByNumberDesc(Long solutionId, Pageable page);

    long countBySolutionId(Long solutionId);

    /** The version a revision froze, without the revision's card. */
    interface FrozenVersion {
        Long getId();

        int getVersionNumber();
    }

    List<FrozenVersion> findByIdIn(Collection<Long> ids);
}
