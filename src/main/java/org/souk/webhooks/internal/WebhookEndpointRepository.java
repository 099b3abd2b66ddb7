package org.souk.webhooks.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpointEntity, Long> {

    Page<WebhookEndpointEntity> findByPartnerIdOrderByIdAsc(long partnerId, Pageable page);

    List<WebhookEndpointEntity> findByPartnerIdAndStatus(long partnerId, String status);

    Optional<WebhookEndpointEntity> findByIdAndPartnerId(long id, long partnerId);

    long countByPartnerId(long partnerId);
}
