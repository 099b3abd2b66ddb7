package org.souk.webhooks.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookAttemptRepository extends JpaRepository<WebhookAttemptEntity, Long> {

    List<WebhookAttemptEntity> findByDeliveryIdInOrderByNumberAsc(Collection<Long> deliveryIds);
}
