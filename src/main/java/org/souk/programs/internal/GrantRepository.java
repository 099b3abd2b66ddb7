package org.souk.programs.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.souk.programs.GrantKind;
import org.souk.programs.GrantStatus;
import org.souk.programs.Purpose;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantRepository extends JpaRepository<GrantEntity, Long> {

    Page<GrantEntity> findByStatusOrderByRequestedAtAscIdAsc(GrantStatus status, Pageable pageable);

    Page<GrantEntity> findByPartnerIdOrderByIdDesc(long partnerId, Pageable pageable);

    List<GrantEntity> findByStatus(GrantStatus status);

    List<GrantEntity> findByPartnerIdAndKindAndStatus(long partnerId, GrantKind kind, GrantStatus status);

    boolean existsByAccountIdAndKindAndStatusIn(long accountId, GrantKind kind, Collection<GrantStatus> statuses);

    boolean existsByAccountIdAndStatusInAndIdNot(long accountId, Collection<GrantStatus> statuses, long id);

    boolean existsByPartnerIdAndPurposeAndStatusIn(long partnerId, Purpose purpose, Collection<GrantStatus> statuses);

    boolean existsByPartnerIdAndPurposeAndSolutionCodeAndStatusInAndIdNot(long partnerId, Purpose purpose,
            String solutionCode, Collection<GrantStatus> statuses, long id);

    List<GrantEntity> findByStatusAndEndsAtBefore(GrantStatus status, Instant before);
}
