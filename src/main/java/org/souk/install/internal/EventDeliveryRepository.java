package org.souk.install.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventDeliveryRepository extends JpaRepository<EventDeliveryEntity, Long> {

    Page<EventDeliveryEntity> findBySolutionCodeOrderByIdDesc(String solutionCode, Pageable page);

    List<EventDeliveryEntity> findByInstallationIdOrderByIdAsc(long installationId);

    @Query("select d.id from EventDeliveryEntity d where d.status = 'PENDING' and d.nextAttemptAt <= ?1 order by d.nextAttemptAt")
    List<Long> due(Instant now, Pageable page);
}
