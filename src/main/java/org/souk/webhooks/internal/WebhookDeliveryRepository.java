package org.souk.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDeliveryEntity, Long> {

    Page<WebhookDeliveryEntity> findByEndpointIdOrderByIdDesc(long endpointId, Pageable page);

    Optional<WebhookDeliveryEntity> findByIdAndEndpointId(long id, long endpointId);

    List<WebhookDeliveryEntity> findByEndpointIdAndStatus(long endpointId, String status);

    /**
     * Deliveries that may be attempted now, oldest first: pending, due, free, of an active endpoint, and with no
     * older delivery of the same endpoint still waiting for its first attempt or being attempted (so that a healthy
     * endpoint hears its events in the order they happened; retries of failed ones do not hold the others back).
     * {@code endpointId} negative: of every endpoint.
     */
    @Query("""
            select d.id from WebhookDeliveryEntity d, WebhookEndpointEntity e
            where e.id = d.endpointId and e.status = 'ACTIVE' and d.status = 'PENDING' and d.nextAttemptAt <= ?1
              and (?2 < 0 or d.endpointId = ?2)
              and (d.leaseUntil is null or d.leaseUntil < ?1)
              and not exists (select o.id from WebhookDeliveryEntity o where o.endpointId = d.endpointId
                  and o.id < d.id and o.status = 'PENDING' and (o.attempts = 0 or o.leaseUntil >= ?1))
            order by d.id""")
    List<Long> due(Instant now, long endpointId, Pageable page);

    /**
     * Takes the delivery for this node until {@code until} on the same conditions as {@link #due}: 1 when this node
     * won it, 0 when it is not due, held by another node or behind an older one of its endpoint.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update WebhookDeliveryEntity d set d.leaseUntil = ?2
            where d.id = ?1 and d.status = 'PENDING' and d.nextAttemptAt <= ?3
              and (d.leaseUntil is null or d.leaseUntil < ?3)
              and exists (select e.id from WebhookEndpointEntity e where e.id = d.endpointId and e.status = 'ACTIVE')
              and not exists (select o.id from WebhookDeliveryEntity o where o.endpointId = d.endpointId
                  and o.id < d.id and o.status = 'PENDING' and (o.attempts = 0 or o.leaseUntil >= ?3))""")
    int claim(long id, Instant until, Instant now);
}
