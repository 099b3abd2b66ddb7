package org.souk.install.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstallationRepository extends JpaRepository<InstallationEntity, Long> {

    @Query("select i from InstallationEntity i where i.accountId = ?1 and i.solutionCode = ?2 and i.status <> 'UNINSTALLED'")
    Optional<InstallationEntity> findActive(long accountId, String solutionCode);

    /** Whether the solution is or was installed on the account (an install that never finished left out). */
    boolean existsByAccountIdAndSolutionCodeAndStatusNot(long accountId, String solutionCode, String status);

    Page<InstallationEntity> findByAccountIdAndStatusNotOrderByInstalledAtDescIdDesc(long accountId, String status,
            Pageable page);

    List<InstallationEntity> findBySolutionCodeOrderByInstalledAtDesc(String solutionCode);
}
