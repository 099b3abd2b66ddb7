package org.souk.checks.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckReportRepository extends JpaRepository<CheckReportEntity, Long> {

    Optional<CheckReportEntity> findFirstBySolutionCodeOrderByIdDesc(String solutionCode);

    Optional<CheckReportEntity> findFirstByRevisionIdOrderByIdDesc(Long revisionId);
}
