package org.souk.install.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstallTestReportRepository extends JpaRepository<InstallTestReportEntity, Long> {

    Optional<InstallTestReportEntity> findFirstBySolutionCodeOrderByIdDesc(String solutionCode);
}
