package org.souk.install.internal;

import java.time.LocalDate;
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

    Page<InstallationEntity> findByAccountIdAndStatusNotOrderByInstalledAtDescIdDesc(long accountId, String status,
            Pageable page);

    List<InstallationEntity> findBySolutionCodeOrderByInstalledAtDesc(String solutionCode);

    /**
     * Adds the REST calls counted in memory since the last flush (F-09) to the installation's totals and to its
     * day's, in one transaction: a failed flush adds to neither and is tried again.
     */
    @Transactional
    default void addRestUsage(long id, LocalDate day, long calls, long refused) {
        addRestUsage(id, calls, refused);
        addRestCallsOfDay(id, day, calls);
    }

    @Modifying
    @Query("update InstallationEntity i set i.restCalls = i.restCalls + ?2, i.restRefused = i.restRefused + ?3 where i.id = ?1")
    void addRestUsage(long id, long calls, long refused);

    /** The calls of an installation on a UTC day, which the analytics' roll-up reads (never the call log). */
    @Modifying
    @Query(nativeQuery = true, value = """
            MERGE INTO rest_call_day d USING (VALUES (CAST(?1 AS BIGINT), CAST(?2 AS DATE), CAST(?3 AS BIGINT)))
            AS s (installation_id, on_day, calls) ON d.installation_id = s.installation_id AND d.on_day = s.on_day
            WHEN MATCHED THEN UPDATE SET calls = d.calls + s.calls
            WHEN NOT MATCHED THEN INSERT (installation_id, on_day, calls) VALUES (s.installation_id, s.on_day, s.calls)""")
    void addRestCallsOfDay(long id, LocalDate day, long calls);
}
