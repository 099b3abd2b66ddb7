package org.souk.install.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EventDeliveryRepository extends JpaRepository<EventDeliveryEntity, Long> {

    Page<EventDeliveryEntity> findBySolutionCodeOrderByIdDesc(String solutionCode, Pageable page);

    List<EventDeliveryEntity> findByInstallationIdOrderByIdAsc(long installationId);

    /** Pending deliveries whose next attempt is due and that no node holds. */
    @Query("select d.id from EventDeliveryEntity d where d.status = 'PENDING' and d.nextAttemptAt <= ?1"
            + " and (d.leaseUntil is null or d.leaseUntil < ?1) order by d.nextAttemptAt")
    List<Long> due(Instant now, Pageable page);

    /** Takes the delivery for this node until {@code until}: 1 when it was pending and free, else 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EventDeliveryEntity d set d.leaseUntil = ?2 where d.id = ?1 and d.status = 'PENDING'"
            + " and (d.leaseUntil is null or d.leaseUntil < ?3)")
    int claim(long id, Instant until, Instant now);
}
