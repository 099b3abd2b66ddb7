package org.souk.install.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface InstallationRepository extends JpaRepository<InstallationEntity, Long> {

    @Query("select i from InstallationEntity i where i.accountId = ?1 and i.solutionCode = ?2 and i.status <> 'UNINSTALLED'")
    Optional<InstallationEntity> findActive(long accountId, String solutionCode);

    /** Whether the solution is or was installed on the account (an install that never finished left out). */
    boolean existsByAccountIdAndSolutionCodeAndStatusNot(long accountId, String solutionCode, String status);

    List<InstallationEntity> findByAccountIdOrderByInstalledAtDesc(long accountId);

    Page<InstallationEntity> findByAccountIdAndStatusNotOrderByInstalledAtDescIdDesc(long accountId, String status,
            Pageable page);

    List<InstallationEntity> findBySolutionCodeOrderByInstalledAtDesc(String solutionCode);

    /** Adds the REST calls counted in memory since the last flush (F-09). */
    @Transactional
    @Modifying
    @Query("update InstallationEntity i set i.restCalls = i.restCalls + ?2, i.restRefused = i.restRefused + ?3 where i.id = ?1")
    void addRestUsage(long id, long calls, long refused);
}
