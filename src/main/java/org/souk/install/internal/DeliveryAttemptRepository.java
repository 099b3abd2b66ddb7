package org.souk.install.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttemptEntity, Long> {

    List<DeliveryAttemptEntity> findByDeliveryIdOrderByNumberAsc(long deliveryId);
}
